#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <vector>

namespace cb::log {

// Every logger writes through this one sink: it redacts the message text, then
// hands it to the real sinks (rotating file, stderr). The targets can be swapped
// once the process knows where its log folder is.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void setTargets(std::vector<spdlog::sink_ptr> targets);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override;
    void set_pattern_(const std::string &pattern) override;
    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override;

private:
    std::vector<spdlog::sink_ptr> m_targets;
    std::string m_pattern;
};

} // namespace cb::log
