#pragma once
// The simulator's test classes, run one after the other by main.cpp (one executable per test folder).

int runHistoryTests(int argc, char** argv);
int runStreamTests(int argc, char** argv);
