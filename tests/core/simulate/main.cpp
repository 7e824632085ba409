// tst_simulate: `simulate history` and `simulate stream`, one Qt Test class each; the exit code is the
// number of failed test functions over both.

#include "SimulateTests.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    failed += runHistoryTests(argc, argv);
    failed += runStreamTests(argc, argv);
    return failed;
}
