#include "cli/CliCommands.h"
#include "util/AllocatorTuning.h"

int main(int argc, char** argv)
{
    carepulse::keepFreedMemoryForReuse();
    return carepulse::cli::runCli(argc, argv);
}
