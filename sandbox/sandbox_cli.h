#pragma once

namespace cb::sandbox {

// carebridge-sandbox's command line. Returns the process exit code.
int runSandboxCli(int argc, char **argv);

} // namespace cb::sandbox
