#pragma once
// The parser tests: one Qt Test class whose slots live in one file per topic.

#include <QObject>

class ParseTest : public QObject {
    Q_OBJECT

private slots:
    // TimestampTest.cpp
    void parseTimestamp_data();
    void parseTimestamp();
    void parseDate_data();
    void parseDate();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void formatMatchesCalendar();

    // RealFilesTest.cpp
    void realDimensionFile_data();
    void realDimensionFile();
    void realCalendarNotSorted();
    void realCalendarIsFiscal();
    void realCountryQuirks();
    void realPriorityQuirks();
    void realSurveyQuestionQuirks();
    void realSeedCasesDetected();
    void repairDoubleEncoded_data();
    void repairDoubleEncoded();

    // TsvTest.cpp
    void dimensionHeaderByName_data();
    void dimensionHeaderByName();
    void dimensionValuesWithCommas();
    void dimensionMissingKeyColumn();
    void eventHeaderByName_data();
    void eventHeaderByName();
    void eventTsvSurveys();
    void eventTsvMissingColumns();
    void detectFileKind_data();
    void detectFileKind();

    // JsonTest.cpp
    void jsonLinesMixedStream();
    void jsonLinesSkipsBlankLinesAndHandlesCrlf();
    void jsonArrayShapes_data();
    void jsonArrayShapes();
    void jsonArrayFieldsAndPositions();
    void jsonScaleAnswer_data();
    void jsonScaleAnswer();
    void jsonOptionAnswer_data();
    void jsonOptionAnswer();
    void jsonUnknownKeysIgnored();
    void jsonSurveyIdDecides_data();
    void jsonSurveyIdDecides();
    void jsonMalformed_data();
    void jsonMalformed();

    // BadInputTest.cpp
    void badInputFixture_data();
    void badInputFixture();
    void recordTooLong_data();
    void recordTooLong();
    void recordAtSizeLimitLoads_data();
    void recordAtSizeLimitLoads();
    void largeArrayFileLoads();
    void partialLastLineRead_data();
    void partialLastLineRead();
    void truncatedArrayQuarantinesLastElement();
};
