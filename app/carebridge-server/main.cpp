#include "server/server_cli.h"

int main(int argc, char **argv)
{
    return cb::server::runServerCli(argc, argv);
}
