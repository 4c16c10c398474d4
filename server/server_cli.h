#pragma once

namespace cb::server {

// carebridge-server's command line: `init` creates a new installation, `run`
// (the default) serves it. Returns the process exit code.
int runServerCli(int argc, char **argv);

} // namespace cb::server
