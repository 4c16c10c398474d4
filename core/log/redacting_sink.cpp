#include "core/log/redacting_sink.h"

#include "core/log/redaction.h"

namespace cb::log {

void RedactingSink::setTargets(std::vector<spdlog::sink_ptr> targets)
{
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto &target : m_targets) {
        target->flush();
    }
    m_targets = std::move(targets);
    if (!m_pattern.empty()) {
        for (auto &target : m_targets) {
            target->set_pattern(m_pattern);
        }
    }
}

void RedactingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string clean = redact({msg.payload.data(), msg.payload.size()});
    spdlog::details::log_msg redacted(msg.time, msg.source, msg.logger_name, msg.level, clean);
    redacted.thread_id = msg.thread_id;
    for (auto &target : m_targets) {
        if (target->should_log(redacted.level)) {
            target->log(redacted);
        }
    }
}

void RedactingSink::flush_()
{
    for (auto &target : m_targets) {
        target->flush();
    }
}

void RedactingSink::set_pattern_(const std::string &pattern)
{
    m_pattern = pattern;
    for (auto &target : m_targets) {
        target->set_pattern(pattern);
    }
}

void RedactingSink::set_formatter_(std::unique_ptr<spdlog::formatter> formatter)
{
    for (auto &target : m_targets) {
        target->set_formatter(formatter->clone());
    }
}

} // namespace cb::log
