#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cl {

// A printed report without any painting: what ui/report's renderer draws on screen, on paper and
// into PDF, and what the XLSX and CSV exports write (the tables). Texts are already translated.

struct ReportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numericColumns;   // right-aligned; numbers in XLSX where the text is a number
    bool lastRowIsTotal = false;  // drawn in bold
};

struct ReportSeries
{
    QString name;
    QString colorKey;             // red | yellow | green | grey: the light colours
    QList<double> values;         // one per chart category
};

struct ReportChart
{
    enum class Kind { Donut, StackedBars, Lines };
    Kind kind = Kind::Donut;
    QString title;
    // Donut: one series, one category per slice (categories name the slices, the series carries
    // the colours in sliceColorKeys). Bars and lines: one value per category in each series.
    QStringList categories;
    QStringList sliceColorKeys;
    QList<ReportSeries> series;
    // Drill-down: what a category stands for (DashboardPage opens the entity list filtered to it).
    QString categoryField;        // light | industry | town | month
    QList<qint64> categoryIds;    // industry / town ids; 0: not recorded on the entity
    bool legend = true;           // false: the categories name the bars and the series need no key
};

struct ReportSection
{
    QString title;
    QString note;                 // one short paragraph under the title; may be empty
    QList<ReportChart> charts;
    QList<ReportTable> tables;
};

struct ReportModel
{
    QString title;
    QString officeName;
    QList<QPair<QString, QString>> filters;  // label → value, as shown in the header
    QDateTime generatedAt;                   // local time
    QList<ReportSection> sections;

    // "label: value; label: value" for headers and CSV.
    QString filterLine() const;
};

} // namespace cl
