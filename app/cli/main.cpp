#include "cli/CliCommands.h"

int main(int argc, char** argv)
{
    return carepulse::cli::runCli(argc, argv);
}
