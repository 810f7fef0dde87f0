// Saved column-mapping profiles per department (STYLE.md #6): saved as data, audited, matched by
// header name in any order and with extra columns, offered for the department's next file, and
// never for another department's.
#include "TestStore.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "credit/UsccValidator.h"
#include "db/SqlUtil.h"
#include "supervision/GradeImporter.h"
#include "supervision/ImportProfiles.h"

#include <QFile>
#include <QtTest>

using namespace cl;

namespace {
constexpr qint64 Samr = 2;  // 市场监管局
constexpr qint64 Tax = 3;   // 税务局

QString code(int i)
{
    return UsccValidator::complete(QStringLiteral("91370681MA3P7K%1").arg(i, 2, 10, QLatin1Char('0')));
}

// A department's own export: its own header names, in its own order, with a running number.
QString writeOwnFile(const QString &dir, const QString &name, const QStringList &header, int rows)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    for (int i = 0; i < rows; ++i) {
        QStringList cells;
        for (const QString &h : header) {
            if (h == QStringLiteral("企业代码")) cells << code(i);
            else if (h == QStringLiteral("经营者")) cells << QStringLiteral("龙口市测试%1商店").arg(i);
            else if (h == QStringLiteral("风险等级")) cells << QStringLiteral("B");
            else if (h == QStringLiteral("分类时间")) cells << QStringLiteral("2026-03-0%1").arg(1 + i % 9);
            else if (h == QStringLiteral("序号")) cells << QString::number(i + 1);
            else cells << QStringLiteral("x");
        }
        f.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    return path;
}

const QStringList OwnHeader{QStringLiteral("序号"), QStringLiteral("企业代码"), QStringLiteral("经营者"), QStringLiteral("风险等级"),
                            QStringLiteral("分类时间")};

QHash<QString, QString> ownProfile()
{
    return {{QStringLiteral("uscc"), QStringLiteral("企业代码")},
            {QStringLiteral("name"), QStringLiteral("经营者")},
            {QStringLiteral("grade"), QStringLiteral("风险等级")},
            {QStringLiteral("evaluated_on"), QStringLiteral("分类时间")},
            {QStringLiteral("remark"), QString()}};
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}
} // namespace

class TestImportProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z"); }

    void savedAuditedAndReplacedByName()
    {
        test::TestStore store;
        ImportProfiles profiles(store.db());
        QVERIFY(profiles.forDepartment(Samr).isEmpty());
        const ImportProfile saved = profiles.save(Actor::bootstrap(), Samr, QStringLiteral(" 分类结果导出 "), ownProfile());
        QCOMPARE(saved.name, QStringLiteral("分类结果导出"));
        QCOMPARE(saved.department, QStringLiteral("市场监管局"));
        QCOMPARE(saved.headers, ownProfile());
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_profile.save'")).toInt(), 1);
        // The same name again replaces it.
        QHash<QString, QString> changed = ownProfile();
        changed.insert(QStringLiteral("remark"), QStringLiteral("说明"));
        profiles.save(Actor::bootstrap(), Samr, QStringLiteral("分类结果导出"), changed);
        QCOMPARE(profiles.forDepartment(Samr).size(), 1);
        QCOMPARE(profiles.byName(Samr, QStringLiteral("分类结果导出"))->headers.value(QStringLiteral("remark")), QStringLiteral("说明"));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_profile.save'")).toInt(), 2);
        // Profiles belong to their department.
        QVERIFY(!profiles.byName(Tax, QStringLiteral("分类结果导出")).has_value());

        // Bad input, each with its message; nothing saved.
        QVERIFY(errorOf([&] { profiles.save(Actor::bootstrap(), Samr, QStringLiteral("  "), ownProfile()); }).contains(QStringLiteral("name")));
        QVERIFY(errorOf([&] { profiles.save(Actor::bootstrap(), Samr, QStringLiteral("p"), {{QStringLiteral("colour"), QStringLiteral("x")}}); })
                    .contains(QStringLiteral("colour")));
        QVERIFY(errorOf([&] { profiles.save(Actor::bootstrap(), 999, QStringLiteral("p"), ownProfile()); }).contains(QStringLiteral("department")));
        QCOMPARE(sql::scalar(store.db().sql(), QStringLiteral("SELECT count(*) FROM import_profiles")).toInt(), 1);
    }

    void matchesByHeaderNameNeverByPosition()
    {
        ImportProfile p;
        p.headers = ownProfile();
        // Another order, an extra column, a header written with blanks and a note.
        const QStringList header{QStringLiteral("分类时间"), QStringLiteral("备用"), QStringLiteral(" 经营者 "), QStringLiteral("风险等级（A-D）"),
                                 QStringLiteral("企业代码(18位)")};
        ImportProfiles::Match m = ImportProfiles::match(p, header);
        QVERIFY(m.fits());
        QCOMPARE(m.columns.value(QStringLiteral("evaluated_on")), 0);
        QCOMPARE(m.columns.value(QStringLiteral("name")), 2);
        QCOMPARE(m.columns.value(QStringLiteral("grade")), 3);
        QCOMPARE(m.columns.value(QStringLiteral("uscc")), 4);
        QCOMPARE(m.columns.value(QStringLiteral("remark")), -1);  // deliberately not imported
        QVERIFY(!m.columns.contains(QStringLiteral("department")));  // not in the profile: by the usual names
        // A file without one of the profile's headers does not fit.
        m = ImportProfiles::match(p, {QStringLiteral("企业代码"), QStringLiteral("经营者"), QStringLiteral("风险等级")});
        QVERIFY(!m.fits());
        QCOMPARE(m.missing, QStringList{QStringLiteral("分类时间")});

        // What a mapping of file columns keeps: header names.
        const GradeColumns::Mapping mapping = GradeColumns::map(header, true, ImportProfiles::match(p, header).columns);
        const QHash<QString, QString> names = ImportProfiles::headersOf(mapping, header);
        QCOMPARE(names.value(QStringLiteral("uscc")), QStringLiteral("企业代码(18位)"));
        QCOMPARE(names.value(QStringLiteral("department")), QString());
    }

    void offeredForTheDepartmentsNextFile()
    {
        test::TestStore store;
        GradeImporter importer(store.db(), Actor::bootstrap());
        GradeImportOptions samr;
        samr.department = QStringLiteral("市场监管局");
        const QString first = writeOwnFile(store.dirPath(), QStringLiteral("first.csv"), OwnHeader, 5);
        // Without a profile the department's own headers are not understood.
        QVERIFY(errorOf([&] { importer.run(first, samr); }).contains(QStringLiteral("统一社会信用代码")));

        ImportProfiles(store.db()).save(Actor::bootstrap(), Samr, QStringLiteral("分类结果导出"), ownProfile());
        GradeImportResult r = importer.run(first, samr);
        QCOMPARE(r.profile, QStringLiteral("分类结果导出"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.inserted, qint64(5));
        QCOMPARE(r.rejected, qint64(0));
        // The next file has the columns in another order and one more: the same profile, by name.
        QStringList reordered{QStringLiteral("分类时间"), QStringLiteral("风险等级"), QStringLiteral("经营者"), QStringLiteral("企业代码"),
                              QStringLiteral("填报人"), QStringLiteral("序号")};
        const QString second = writeOwnFile(store.dirPath(), QStringLiteral("second.csv"), reordered, 8);
        r = importer.run(second, samr);
        QCOMPARE(r.profile, QStringLiteral("分类结果导出"));
        QCOMPARE(r.inserted, qint64(3));
        QCOMPARE(r.unchanged, qint64(5));
        QSqlQuery q = sql::exec(store.db().sql(), QStringLiteral("SELECT e.code, e.name, v.raw_grade, v.evaluated_on, v.department_id "
                                                                 "FROM evaluations v JOIN entities e ON e.id = v.entity_id ORDER BY v.id DESC LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), code(7));
        QCOMPARE(q.value(1).toString(), QStringLiteral("龙口市测试7商店"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("B"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-03-08"));
        QCOMPARE(q.value(4).toLongLong(), Samr);

        // Another department's file is not read with 市场监管局's profile.
        GradeImportOptions tax;
        tax.department = QStringLiteral("税务局");
        QVERIFY(errorOf([&] { importer.run(second, tax); }).contains(QStringLiteral("统一社会信用代码")));
        // Naming a profile: it must exist for the department and fit the file.
        tax.profile = QStringLiteral("分类结果导出");
        QVERIFY(errorOf([&] { importer.run(second, tax); }).contains(QStringLiteral("分类结果导出")));
        samr.profile = QStringLiteral("分类结果导出");
        const QString shortFile = writeOwnFile(store.dirPath(), QStringLiteral("short.csv"),
                                               {QStringLiteral("企业代码"), QStringLiteral("经营者"), QStringLiteral("风险等级")}, 2);
        const QString missing = errorOf([&] { importer.run(shortFile, samr); });
        QVERIFY2(missing.contains(QStringLiteral("分类时间")), qPrintable(missing));
        GradeImportOptions nobody;
        nobody.profile = QStringLiteral("分类结果导出");
        QVERIFY(!errorOf([&] { importer.run(second, nobody); }).isEmpty());  // whose profile? no department given
    }
};

QTEST_GUILESS_MAIN(TestImportProfiles)
#include "tst_importprofiles.moc"
