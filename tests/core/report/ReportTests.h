#pragma once
// The report test classes, run one after the other by main.cpp (one executable per test folder).

int runDrilldownTest(int argc, char** argv);
int runTrendsTest(int argc, char** argv);
int runExportTest(int argc, char** argv);
int runFilteredKpiTest(int argc, char** argv);
int runCaseListTest(int argc, char** argv);
int runGroupTallyTest(int argc, char** argv);
