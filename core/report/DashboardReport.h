#pragma once

#include "CommitmentStats.h"
#include "DashboardData.h"
#include "EnforcementStats.h"
#include "ReportModel.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace cl {

// The dashboard as a report (GUI page, print, PDF, XLSX, CSV, `report dashboard`): the light
// figures of DashboardData, then the sections of every further provider, under one header.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    struct Result
    {
        DashboardData lights;
        CommitmentStats commitment;    // filled by build() with the default sections
        EnforcementStats enforcement;  // likewise
        ReportModel model;
    };

    // A section source: figures for the filter, as report sections (texts translated).
    using SectionProvider = std::function<QList<ReportSection>(const QSqlDatabase &db, const ReportFilter &filter)>;
    // The sections after the light figures, in order. Commitment figures (CommitmentStats) and
    // enforcement figures (EnforcementStats) are added here, each as one provider.
    static QList<SectionProvider> furtherSections();

    // officeName empty: meta key office_name, else a generic name. generatedAt null: now (Clock).
    // providers: the sections after the light figures (furtherSections() unless a caller, a test,
    // names others). Throws cl::Error as DashboardData::compute, and what a provider throws.
    static Result build(const QSqlDatabase &db, const ReportFilter &filter, const QString &officeName = {},
                        const QDateTime &generatedAt = {});
    static Result build(const QSqlDatabase &db, const ReportFilter &filter, const QString &officeName, const QDateTime &generatedAt,
                        const QList<SectionProvider> &providers);

    static QList<ReportSection> lightSections(const DashboardData &data);
    // Approval by commitment (resolvedFilter: period and as-of date filled in, as providers get it).
    static QList<ReportSection> commitmentSections(const CommitmentStats &stats, const ReportFilter &resolvedFilter);
    // Inclusive and prudent enforcement: soft measures, penalty-free cases, fines not imposed.
    static QList<ReportSection> enforcementSections(const EnforcementStats &stats, const ReportFilter &resolvedFilter);
    // The filter as header lines (label → value), names looked up.
    static QList<QPair<QString, QString>> describe(const QSqlDatabase &db, const ReportFilter &resolvedFilter);
    static QString officeName(const QSqlDatabase &db);
    static QString title();

    // Bars and charts show the largest groups; the rest are summed into one "others" bar.
    static constexpr int ChartGroups = 12;
};

} // namespace cl
