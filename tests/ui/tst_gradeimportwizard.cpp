// The import wizard through its real pages, offscreen: a small CSV written here (good rows, a bad
// credit code, an unknown grade) goes through preview and mapping, the check, the import on its
// worker thread and the result page with the two rejected rows and their reasons; the rejected
// rows export; the affected entities. Then a large file is cancelled midway and leaves nothing.
#include "EntityFixture.h"
#include "GradeFixture.h"
#include "TestStore.h"
#include "common/AppFont.h"
#include "credit/UsccValidator.h"
#include "supervision/AffectedEntitiesDialog.h"
#include "supervision/EvaluationRepository.h"
#include "supervision/GradeColumns.h"
#include "supervision/GradeImportWizard.h"
#include "supervision/ImportPreviewPage.h"
#include "supervision/ImportResultPage.h"
#include "supervision/ImportValidationPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace cl;

namespace {
void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CREDITLOOP_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

QString labelText(QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

void clickNext(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}
} // namespace

class TestGradeImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsGoodRowsAndListsRejectedOnes();
    void mappingCanBeCorrected();
    void xlsxSheetCanBeChosen();
    void severalFilesOneUnreadable();
    void cancelLeavesNothing();

private:
    std::unique_ptr<test::TestStore> m_store;
    QList<Entity> m_entities;
};

void TestGradeImportWizard::initTestCase()
{
    qputenv("CREDITLOOP_FIXED_NOW", "2026-06-01T02:00:00Z");
    AppFont::apply(*qApp);
    m_store = std::make_unique<test::TestStore>();
    m_entities = test::addEntities(m_store->db(), 20);
}

void TestGradeImportWizard::importsGoodRowsAndListsRejectedOnes()
{
    // Rows 2–4 and 7 good (one of them a new entity), row 5 a bad check character, row 6 a grade
    // the tax scheme does not know. Row numbers count the header as row 1.
    const QString newCode = UsccValidator::complete(QStringLiteral("91370681MA9NEW01"));
    QString badCode = m_entities.at(3).code;
    badCode[17] = badCode.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QList<test::GradeLine> lines{
        {m_entities.at(0).code, m_entities.at(0).name, QStringLiteral("D")},
        {m_entities.at(1).code, m_entities.at(1).name, QStringLiteral("C")},
        {m_entities.at(2).code, m_entities.at(2).name, QStringLiteral("A")},
        {badCode, m_entities.at(3).name, QStringLiteral("A")},
        {m_entities.at(4).code, m_entities.at(4).name, QStringLiteral("Z")},
        {newCode, QStringLiteral("龙口市新来食品有限公司"), QStringLiteral("B")},
    };
    const QString csv = test::writeGradeCsv(m_store->dirPath() + QStringLiteral("/税务局评价.csv"), lines);

    GradeImportWizard wizard(m_store->db(), Actor::bootstrap());
    QSignalSpy imported(&wizard, &GradeImportWizard::imported);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::FilesPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());  // no file yet
    wizard.addFiles({csv});
    clickNext(wizard);

    // Preview: the columns found by their header names, UTF-8 detected, six rows shown.
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::PreviewPageId));
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    QCOMPARE(preview->fieldOfColumn(0), int(GradeColumns::Uscc));
    QCOMPARE(preview->fieldOfColumn(1), int(GradeColumns::Name));
    QCOMPARE(preview->fieldOfColumn(2), int(GradeColumns::Department));
    QCOMPARE(preview->fieldOfColumn(3), int(GradeColumns::Grade));
    QCOMPARE(preview->fieldOfColumn(4), int(GradeColumns::EvaluatedOn));
    QVERIFY(preview->mappingProblems().isEmpty());
    QTRY_VERIFY(wizard.findChild<QComboBox *>(QStringLiteral("mapColumn0"))->isVisible());
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("mapColumn0"))->currentData().toInt(), int(GradeColumns::Uscc));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(0, 0)->text(), m_entities.at(0).code);
    QVERIFY(wizard.findChild<QComboBox *>(QStringLiteral("previewEncoding"))->currentText().contains(QLatin1String("UTF-8")));
    saveShot(&wizard, QStringLiteral("import-wizard-preview-test.png"));
    clickNext(wizard);

    // Check: every row validated, nothing written yet.
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::ValidationPageId));
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 10000);
    QCOMPARE(validation->outcomes().size(), 1);
    QCOMPARE(validation->outcomes().first().result.rowsTotal, 6);
    QCOMPARE(validation->outcomes().first().result.rejected, 2);
    QVERIFY(EvaluationRepository(m_store->db()).batches().isEmpty());
    QVERIFY(labelText(&wizard, "validationSummary").contains(QLatin1String("4")));
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible() && commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);

    // Import on the worker, then the result page on its own.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(GradeImportWizard::ResultPageId), 20000);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(labelText(&wizard, "resultInserted"), QStringLiteral("4"));
    QCOMPARE(labelText(&wizard, "resultUpdated"), QStringLiteral("0"));
    QCOMPARE(labelText(&wizard, "resultUnchanged"), QStringLiteral("0"));
    QCOMPARE(labelText(&wizard, "resultRejected"), QStringLiteral("2"));
    QCOMPARE(labelText(&wizard, "resultEntitiesCreated"), QStringLiteral("1"));
    QCOMPARE(labelText(&wizard, "resultLightsChanged"), QStringLiteral("4"));

    // The rejected rows, with row, column and reason; sortable.
    auto *rejected = wizard.findChild<QTableView *>(QStringLiteral("rejectedTable"));
    QVERIFY(rejected);
    QAbstractItemModel *model = rejected->model();
    QCOMPARE(model->rowCount(), 2);
    auto cell = [model](int row, int column) { return model->data(model->index(row, column)).toString(); };
    QCOMPARE(cell(0, ImportResultPage::RowColumn), QStringLiteral("5"));
    QCOMPARE(cell(0, ImportResultPage::ColumnColumn), GradeColumns::chineseName(GradeColumns::Uscc));
    QVERIFY(!cell(0, ImportResultPage::ReasonColumn).isEmpty());
    QCOMPARE(cell(1, ImportResultPage::RowColumn), QStringLiteral("6"));
    QCOMPARE(cell(1, ImportResultPage::ColumnColumn), GradeColumns::chineseName(GradeColumns::Grade));
    QVERIFY2(cell(1, ImportResultPage::ReasonColumn).contains(QLatin1String("\"Z\"")), qPrintable(cell(1, ImportResultPage::ReasonColumn)));
    QVERIFY(rejected->isSortingEnabled());
    rejected->sortByColumn(ImportResultPage::RowColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, ImportResultPage::RowColumn), QStringLiteral("6"));
    rejected->sortByColumn(ImportResultPage::RowColumn, Qt::AscendingOrder);
    saveShot(&wizard, QStringLiteral("import-wizard-result-test.png"));

    // Export: the report CSV with both rejected rows as they were in the file.
    auto *page = qobject_cast<ImportResultPage *>(wizard.currentPage());
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("exportRejectedButton"))->isEnabled());
    const QString target = m_store->dirPath() + QStringLiteral("/rejected.csv");
    QCOMPARE(page->exportRejected(target), QStringList{target});
    QFile report(target);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(text.contains(badCode));
    QVERIFY(text.contains(m_entities.at(4).code));
    QVERIFY(!text.contains(m_entities.at(0).code));

    // The entities concerned: the five good rows' entities, the new one among them.
    QCOMPARE(page->affectedEntityIds().size(), 4);
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("showAffectedButton")), Qt::LeftButton);
    AffectedEntitiesDialog *affected = nullptr;
    QTRY_VERIFY((affected = wizard.findChild<AffectedEntitiesDialog *>()) && affected->isVisible());
    QCOMPARE(affected->rowCount(), 4);
    affected->close();

    // In the store: one batch, the new entity, the lights.
    const QList<ImportBatchRow> batches = EvaluationRepository(m_store->db()).batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().inserted, 4);
    QCOMPARE(batches.first().rejected, 2);
    QCOMPARE(batches.first().entitiesCreated, 1);
    QCOMPARE(EntityRepository(m_store->db()).byId(m_entities.at(0).id)->light, QStringLiteral("red"));
    QCOMPARE(EntityRepository(m_store->db()).byCode(newCode)->light, QStringLiteral("green"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
}

void TestGradeImportWizard::mappingCanBeCorrected()
{
    // Headers the importer does not know: nothing maps, the wizard says what is missing, and the
    // user maps the columns by hand; the check then accepts the file.
    QFile f(m_store->dirPath() + QStringLiteral("/odd.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("代码,单位,结论,日子\n%1,%2,A,2026-04-01\n").arg(m_entities.at(10).code, m_entities.at(10).name).toUtf8());
    f.close();

    GradeImportWizard wizard(m_store->db(), Actor::bootstrap());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *department = wizard.findChild<QComboBox *>(QStringLiteral("importDepartment"));
    department->setCurrentIndex(department->findData(QStringLiteral("税务局")));
    wizard.addFiles({f.fileName()});
    clickNext(wizard);
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
    QTRY_VERIFY(!preview->isLoading() && !preview->mappingProblems().isEmpty());
    QVERIFY(!preview->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("previewProblems"))->isVisible());
    preview->setFieldOfColumn(0, GradeColumns::Uscc);
    preview->setFieldOfColumn(1, GradeColumns::Name);
    preview->setFieldOfColumn(2, GradeColumns::Grade);
    QVERIFY(!preview->isComplete());  // the date is still missing
    // Through the combo, as a user would: the column's own combo, keyboard only.
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("mapColumn3"));
    QVERIFY(combo);
    combo->setFocus();
    const int dateIndex = combo->findData(int(GradeColumns::EvaluatedOn));
    combo->setCurrentIndex(dateIndex);
    emit combo->activated(dateIndex);
    QTRY_VERIFY(preview->isComplete());
    // One column per field: giving the name's field to another column frees the first.
    preview->setFieldOfColumn(2, GradeColumns::Name);
    QCOMPARE(preview->fieldOfColumn(1), -1);
    QVERIFY(!preview->isComplete());
    preview->setFieldOfColumn(1, GradeColumns::Name);
    preview->setFieldOfColumn(2, GradeColumns::Grade);
    QVERIFY(preview->isComplete());
    clickNext(wizard);
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isFinished(), 10000);
    QCOMPARE(validation->outcomes().size(), 1);
    QVERIFY2(validation->outcomes().first().ok, qPrintable(validation->outcomes().first().error));
    QCOMPARE(validation->outcomes().first().result.rejected, 0);
    QCOMPARE(validation->outcomes().first().result.rowsTotal, 1);
    wizard.back();
    QCOMPARE(wizard.currentPage(), preview);
    QTRY_VERIFY(preview->isComplete());

    // The mapping is kept for the department under a name (STYLE.md #6) …
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("previewProfileName"));
    auto *save = wizard.findChild<QPushButton *>(QStringLiteral("previewSaveProfile"));
    QVERIFY(name && save);
    QVERIFY(!save->isEnabled());  // no name yet
    name->setFocus();
    name->insert(QStringLiteral("税务系统导出"));  // as typed (QTest::keyClicks types ASCII only)
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(preview->profile(), QStringLiteral("税务系统导出"));
    QVERIFY2(labelText(&wizard, "previewProfileStatus").contains(QStringLiteral("税务系统导出")), qPrintable(labelText(&wizard, "previewProfileStatus")));
    saveShot(&wizard, QStringLiteral("import-wizard-profile-saved.png"));
    wizard.reject();

    // … and offered by itself for the department's next file: other column order, one column more.
    QFile next(m_store->dirPath() + QStringLiteral("/odd-next.csv"));
    QVERIFY(next.open(QIODevice::WriteOnly));
    next.write(QStringLiteral("日子,填报人,结论,代码,单位\n2026-05-01,张三,B,%1,%2\n").arg(m_entities.at(11).code, m_entities.at(11).name).toUtf8());
    next.close();
    GradeImportWizard second(m_store->db(), Actor::bootstrap());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto *secondDepartment = second.findChild<QComboBox *>(QStringLiteral("importDepartment"));
    secondDepartment->setCurrentIndex(secondDepartment->findData(QStringLiteral("税务局")));
    second.addFiles({next.fileName()});
    clickNext(second);
    auto *secondPreview = qobject_cast<ImportPreviewPage *>(second.currentPage());
    QTRY_VERIFY(!secondPreview->isLoading() && secondPreview->isComplete());
    QCOMPARE(secondPreview->profile(), QStringLiteral("税务系统导出"));
    QCOMPARE(second.findChild<QComboBox *>(QStringLiteral("previewProfile"))->currentText(), QStringLiteral("税务系统导出"));
    QCOMPARE(secondPreview->fieldOfColumn(0), int(GradeColumns::EvaluatedOn));
    QCOMPARE(secondPreview->fieldOfColumn(1), -1);
    QCOMPARE(secondPreview->fieldOfColumn(2), int(GradeColumns::Grade));
    QCOMPARE(secondPreview->fieldOfColumn(3), int(GradeColumns::Uscc));
    QCOMPARE(secondPreview->fieldOfColumn(4), int(GradeColumns::Name));
    saveShot(&second, QStringLiteral("import-wizard-profile-offered.png"));
    // Choosing no saved mapping goes back to the usual names, which this file does not have.
    QVERIFY(secondPreview->useProfile(QString()));
    QVERIFY(!secondPreview->isComplete());
    QVERIFY(secondPreview->useProfile(QStringLiteral("税务系统导出")));
    QVERIFY(secondPreview->isComplete());
    clickNext(second);
    auto *secondValidation = qobject_cast<ImportValidationPage *>(second.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(secondValidation->isFinished(), 10000);
    QVERIFY2(secondValidation->outcomes().first().ok, qPrintable(secondValidation->outcomes().first().error));
    QCOMPARE(secondValidation->outcomes().first().result.rejected, 0);
    QCOMPARE(secondValidation->outcomes().first().result.rowsTotal, 1);
    second.reject();
}

void TestGradeImportWizard::xlsxSheetCanBeChosen()
{
    // A workbook whose first sheet is instructions and whose second holds the evaluations.
    const QString file = qEnvironmentVariable("CREDITLOOP_TEST_DATA") + QStringLiteral("/grades/bad/two_sheets.xlsx");
    QVERIFY(QFileInfo::exists(file));
    GradeImportWizard wizard(m_store->db(), Actor::bootstrap());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.addFiles({file});
    clickNext(wizard);
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isLoading() && !preview->mappingProblems().isEmpty(), 10000);
    auto *sheet = wizard.findChild<QComboBox *>(QStringLiteral("previewSheet"));
    QVERIFY(sheet->isVisible() && sheet->isEnabled());
    QCOMPARE(sheet->count(), 2);
    QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("previewEncoding"))->isEnabled());  // XLSX: no encoding to choose
    const int results = sheet->findText(QStringLiteral("评价结果"));
    QVERIFY(results >= 0);
    sheet->setCurrentIndex(results);
    emit sheet->activated(results);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    QCOMPARE(preview->fieldOfColumn(0), int(GradeColumns::Uscc));
    QCOMPARE(wizard.files().first().sheet, QStringLiteral("评价结果"));
    clickNext(wizard);
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isFinished(), 10000);
    QVERIFY2(validation->outcomes().first().ok, qPrintable(validation->outcomes().first().error));
    QVERIFY(validation->outcomes().first().result.rowsTotal > 0);
    QCOMPARE(validation->outcomes().first().result.format, QStringLiteral("XLSX"));
    wizard.reject();
}

void TestGradeImportWizard::severalFilesOneUnreadable()
{
    // Two good files and an empty one: the empty one is named and left out, the others import.
    const QString a = test::writeGradeCsv(m_store->dirPath() + QStringLiteral("/a.csv"),
                                          {{m_entities.at(12).code, m_entities.at(12).name, QStringLiteral("A")}});
    const QString b = test::writeGradeCsv(m_store->dirPath() + QStringLiteral("/b.csv"),
                                          {{m_entities.at(13).code, m_entities.at(13).name, QStringLiteral("D")},
                                           {m_entities.at(14).code, m_entities.at(14).name, QStringLiteral("C")}});
    QFile empty(m_store->dirPath() + QStringLiteral("/empty.csv"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    GradeImportWizard wizard(m_store->db(), Actor::bootstrap());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.addFiles({a, empty.fileName(), b});
    clickNext(wizard);
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    auto *file = wizard.findChild<QComboBox *>(QStringLiteral("previewFile"));
    QVERIFY(file->isVisible());
    QCOMPARE(file->count(), 3);
    clickNext(wizard);
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 10000);
    QCOMPARE(validation->outcomes().size(), 3);
    QVERIFY(validation->outcomes().at(0).ok);
    QVERIFY(!validation->outcomes().at(1).ok);
    QVERIFY(!validation->outcomes().at(1).error.isEmpty());
    QVERIFY(validation->outcomes().at(2).ok);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    // Not everything imported: the wizard waits on the progress page with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == GradeImportWizard::ResultPageId || wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    if (wizard.currentId() != GradeImportWizard::ResultPageId)
        clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::ResultPageId));
    QCOMPARE(labelText(&wizard, "resultInserted"), QStringLiteral("3"));
    auto *files = wizard.findChild<QTableWidget *>(QStringLiteral("resultFiles"));
    QVERIFY(files->isVisibleTo(&wizard));
    QCOMPARE(files->rowCount(), 3);
    QVERIFY(labelText(&wizard, "resultNote").contains(QLatin1String("empty.csv")));
}

void TestGradeImportWizard::cancelLeavesNothing()
{
    // Enough rows that the import is still running when Cancel is pressed.
    const int rows = 150000;
    static const QString set = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QByteArray content("统一社会信用代码,主体名称,评价部门,评价结果,评价日期\n");
    content.reserve(rows * 60);
    for (int i = 0; i < rows; ++i) {
        QString body = QStringLiteral("91370681MC");
        for (int k = 0, v = i; k < 6; ++k, v /= 31)
            body += set.at(v % 31);
        content += UsccValidator::complete(body).toLatin1() + ",龙口市批量" + QByteArray::number(i) + "有限公司,税务局,A,2026-02-01\n";
    }
    QFile f(m_store->dirPath() + QStringLiteral("/big.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const qint64 batchesBefore = EvaluationRepository(m_store->db()).batches().size();
    const qint64 entitiesBefore = EntityRepository(m_store->db()).total();

    GradeImportWizard wizard(m_store->db(), Actor::bootstrap());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.addFiles({f.fileName()});
    clickNext(wizard);
    auto *preview = qobject_cast<ImportPreviewPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(preview->isComplete(), 10000);
    clickNext(wizard);
    auto *validation = qobject_cast<ImportValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 60000);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::ProgressPageId));

    // Cancel once the import is under way; the GUI thread stays responsive meanwhile.
    auto *progress = wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    QVERIFY2(progress->value() < progress->maximum(), "the import ended before it could be cancelled");
    auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("importCancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(wizard.isVisible());
    // Stopped: the wizard stays to say so, Next shows what happened.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
    QVERIFY(labelText(&wizard, "importStatus").size() > 5);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(GradeImportWizard::ResultPageId));
    QCOMPARE(labelText(&wizard, "resultInserted"), QStringLiteral("0"));
    QVERIFY2(labelText(&wizard, "resultNote").contains(QLatin1String("cancelled")), qPrintable(labelText(&wizard, "resultNote")));
    QCOMPARE(EvaluationRepository(m_store->db()).batches().size(), batchesBefore);
    QCOMPARE(EntityRepository(m_store->db()).total(), entitiesBefore);
}

QTEST_MAIN(TestGradeImportWizard)
#include "tst_gradeimportwizard.moc"
