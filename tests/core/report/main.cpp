// tst_report: the drill-down, trends, CSV export, filtered KPI, case-list view and group tally tests, one
// Qt Test class each; the exit code is the number of failed test functions over all of them.

#include "ReportTests.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    failed += runDrilldownTest(argc, argv);
    failed += runTrendsTest(argc, argv);
    failed += runExportTest(argc, argv);
    failed += runFilteredKpiTest(argc, argv);
    failed += runCaseListTest(argc, argv);
    failed += runGroupTallyTest(argc, argv);
    return failed;
}
