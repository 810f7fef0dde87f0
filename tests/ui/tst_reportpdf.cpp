// The printed dashboard: `creditloop-cli report dashboard --out FILE.pdf` run headless (no display,
// no QT_QPA_PLATFORM) on a demo store; the PDF's pages, text (pdftotext) and fonts (pdffonts).
#include "../support/TestStore.h"
#include "auth/Actor.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "enforcement/Money.h"
#include "report/DashboardReport.h"
#include "report/ReportRenderer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace cl;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

int pages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    test::TestStore m_store;
    DashboardData m_figures;
    CommitmentStats m_commitment;
    EnforcementStats m_enforcement;

    QProcessEnvironment headless() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
        DemoOptions o;
        o.entities = 3000;
        DemoGenerator::generate(m_store.db(), Actor::bootstrap(), o);
        ReportFilter f;
        f.asOf = QDate(2026, 11, 20);
        m_figures = DashboardData::compute(m_store.db().sql(), f);
        QVERIFY(m_figures.overall.red > 0);
        // The sections after the lights cover the same (default) period.
        const ReportFilter resolved = DashboardData::resolved(f);
        m_commitment = CommitmentStats::compute(m_store.db().sql(), resolved);
        m_enforcement = EnforcementStats::compute(m_store.db().sql(), resolved);
        QVERIFY(m_commitment.pushes > 0);
        QVERIFY(m_enforcement.finesNotImposedFen > 0);
        Translations::install(QStringLiteral("zh_CN"));
    }

    void headlessPdf_data()
    {
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<int>("maxPages");
        QTest::newRow("portrait") << false << 6 << 8;
        QTest::newRow("landscape") << true << 9 << 13;
    }

    void headlessPdf()
    {
        QFETCH(bool, landscape);
        QFETCH(int, minPages);
        QFETCH(int, maxPages);
        const QString pdf = m_store.dirPath() + (landscape ? QStringLiteral("/landscape.pdf") : QStringLiteral("/dashboard.pdf"));
        QStringList args{QStringLiteral("--db"), m_store.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-11-20"), QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--out"), pdf};
        if (landscape)
            args << QStringLiteral("--landscape");
        int exit = -1;
        const QString output = run(QStringLiteral(CREDITLOOP_CLI), args, &exit, headless());
        QVERIFY2(exit == 0, qPrintable(output));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));
        const int n = pages(pdf);
        QVERIFY2(n >= minPages && n <= maxPages, qPrintable(QString::number(n)));
        QVERIFY(output.contains(QString::number(n)));

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(DashboardReport::title()));
        for (const char *light : {"红灯", "黄灯", "绿灯"})
            QVERIFY2(text.contains(QString::fromUtf8(light)), light);
        // The totals: all entities, and each light's count.
        QVERIFY(text.contains(QString::number(m_figures.overall.total())));
        for (qint64 count : {m_figures.overall.red, m_figures.overall.yellow, m_figures.overall.green, m_figures.overall.grey})
            QVERIFY(text.contains(QString::number(count)));
        QVERIFY(text.contains(QStringLiteral("东莱街道")));
        // The commitment and enforcement sections: their titles (in the report's language) and figures.
        for (const QString &title : {DashboardReport::tr("Approval by commitment"), DashboardReport::tr("Inclusive-prudent enforcement")})
            QVERIFY2(text.contains(title), qPrintable(title));
        const QRegularExpression pushes(QStringLiteral("%1\\s+%2\\n").arg(QRegularExpression::escape(DashboardReport::tr("Verification tasks pushed")))
                                            .arg(m_commitment.pushes));
        QVERIFY2(text.contains(pushes), qPrintable(pushes.pattern()));
        QVERIFY(text.contains(QString::number(m_commitment.workingDaysSaved)));
        QVERIFY(text.contains(money::yuanText(m_enforcement.finesNotImposedFen)));
        QVERIFY(text.contains(QString::number(m_enforcement.penaltyFreeCases)));
        // Every page has the footer with its number and the page count, and the header's title.
        QCOMPARE(text.count(DashboardReport::title()), n * 2);
        // pdftotext drops the spaces between Chinese characters and digits ("第1页/共7页"): compared without spaces.
        const QRegularExpression space(QStringLiteral("\\s+"));
        const QString compact = QString(text).remove(space);
        for (int page = 1; page <= n; ++page)
            QVERIFY2(compact.contains(ReportRenderer::tr("Page %1 of %2").arg(page).arg(n).remove(space)), qPrintable(QString::number(page)));
        // The table that runs over a page repeats its header row there.
        const QString industryHeader = DashboardReport::tr("Industry field");
        QVERIFY(text.count(industryHeader) >= 2);

        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("WenQuanYi")) || fonts.contains(QStringLiteral("Noto")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));  // embedded
        }
    }

    void unwritablePlace()
    {
        const QString pdf = m_store.dirPath() + QStringLiteral("/missing/dashboard.pdf");
        int exit = -1;
        const QString output = run(QStringLiteral(CREDITLOOP_CLI),
                                   {QStringLiteral("--db"), m_store.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--out"), pdf},
                                   &exit, headless());
        QCOMPARE(exit, 1);
        QVERIFY(output.contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
