#pragma once
// Live ingestion: the record splitter, the file, folder and TCP sources, the ingestor's checkpoints
// and the crash safety of `carepulse-cli tail` under SIGKILL.

#include "parse/RecordBatch.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

class LiveTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // RecordSplitter
    void splitterHoldsBackPartialLines();
    void splitterGivesTheSameRecordsForAnyCut();
    void splitterReadsArraysOnOneLineAndConcatenated();
    void splitterReadsPrettyPrintedArrays();
    void splitterResumesMidArray();
    void splitterQuarantinesLongAndBrokenRecords();

    // FileTailSource
    void fileThatAppearsLate();
    void fileGrowsWithPartialLines();
    void fileRotationReadsTheOldFileToItsEnd();
    void fileTruncationStartsAgain();
    void fileResumesAtCheckpoint();
    void fileResumesInARotatedFile();

    // FolderSource
    void folderAppliesArrayFilesInOrder();
    void folderResumesAfterRestart();

    // TcpSource
    void tcpSeveralClients();
    void tcpClientDisconnectsMidLine();
    void tcpHugeLineIsCutOff();
    void tcpBinaryGarbageIsCutOff();
    void tcpSlowDripIsCutOff();
    void tcpTooManyClients();

    // LiveIngestor and the CLI
    void ingestorCommitsWithCheckpoints();
    void tailCommandMatchesImport();
    void tailSurvivesSigkill();
    void tailStopsCleanlyOnSigterm();
    void tailOverTcpMatchesImportOfTheSameStream();

private:
    QString path(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};
