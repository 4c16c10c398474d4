#include "sandbox/sandbox_cli.h"

int main(int argc, char **argv)
{
    return cb::sandbox::runSandboxCli(argc, argv);
}
