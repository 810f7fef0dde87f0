#include "GradeSchemesBox.h"

#include "common/ErrorLabel.h"
#include "common/JobRunner.h"
#include "credit/GradeSchemes.h"
#include "db/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum Column { GradeColumn, LevelColumn, MeaningColumn, Columns };

QStringList levels()
{
    return {QStringLiteral("R0"), QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("U")};
}
} // namespace

GradeSchemesBox::GradeSchemesBox(Database &db, const Actor &actor, QWidget *parent)
    : QGroupBox(tr("Grade schemes"), parent), m_db(db), m_actor(actor), m_runner(new JobRunner(db, this)), m_scheme(new QComboBox(this)),
      m_grades(new QTableWidget(0, Columns, this)), m_versionLabel(new QLabel(this)), m_change(new QPushButton(tr("C&hange level…"), this)),
      m_add(new QPushButton(tr("Add &grade…"), this)), m_busy(new QProgressBar(this)), m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("gradeSchemesBox"));
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &GradeSchemesBox::showScheme);
    auto *schemeLabel = new QLabel(tr("S&cheme:"), this);
    schemeLabel->setBuddy(m_scheme);
    m_versionLabel->setObjectName(QStringLiteral("schemeVersion"));

    m_grades->setObjectName(QStringLiteral("schemeGrades"));
    m_grades->setHorizontalHeaderLabels({tr("Grade"), tr("Level"), tr("Counts as")});
    m_grades->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grades->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grades->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grades->verticalHeader()->hide();
    m_grades->horizontalHeader()->setStretchLastSection(true);
    m_grades->setMinimumHeight(160);
    connect(m_grades, &QTableWidget::itemSelectionChanged, this, &GradeSchemesBox::updateButtons);
    connect(m_grades, &QTableWidget::cellActivated, this, &GradeSchemesBox::chooseLevel);

    m_change->setObjectName(QStringLiteral("changeLevelButton"));
    m_change->setToolTip(tr("Gives the selected grade another level. All lights are recomputed."));
    connect(m_change, &QPushButton::clicked, this, &GradeSchemesBox::chooseLevel);
    m_add->setObjectName(QStringLiteral("addGradeButton"));
    connect(m_add, &QPushButton::clicked, this, &GradeSchemesBox::addGrade);
    m_busy->setObjectName(QStringLiteral("schemeBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("schemeMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(schemeLabel);
    top->addWidget(m_scheme, 1);
    top->addWidget(m_versionLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_change);
    buttons->addWidget(m_add);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    auto *note = new QLabel(tr("A change makes a new version of the scheme data: evaluations keep their raw grade and take the new "
                               "level, and every light is recomputed."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grades, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(note);

    connect(m_runner, &JobRunner::succeeded, this, [this] {
        m_busy->hide();
        reload();
        m_message->showMessage(tr("Saved as version %1 of the scheme data; all lights were recomputed.").arg(m_incomingVersion),
                               ErrorLabel::Tone::Info);
        emit lightsChanged();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) {
        m_busy->hide();
        m_message->showMessage(message);
        updateButtons();
    });
    reload();
}

GradeSchemesBox::~GradeSchemesBox()
{
    delete m_runner;
}

bool GradeSchemesBox::isBusy() const
{
    return m_runner->isRunning();
}

void GradeSchemesBox::reload()
{
    const QString keep = m_scheme->currentData().toString();
    const GradeSchemes schemes = GradeSchemes::load(m_db.sql());
    m_version = schemes.version();
    m_versionLabel->setText(tr("Version %1").arg(m_version));
    const QSignalBlocker block(m_scheme);
    m_scheme->clear();
    for (const GradeSchemeInfo &s : schemes.schemes()) {
        QVariantList grades;
        for (const auto &g : s.grades)
            grades << QStringList{g.first, g.second};
        m_scheme->addItem(s.riskOnly ? tr("%1 · %2 (risk classification, not public)").arg(s.code, s.name)
                                     : QStringLiteral("%1 · %2").arg(s.code, s.name),
                          s.code);
        m_scheme->setItemData(m_scheme->count() - 1, grades, Qt::UserRole + 1);
    }
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(keep)));
    showScheme();
}

void GradeSchemesBox::showScheme()
{
    const QString keep = selectedGrade();
    const QVariantList grades = m_scheme->currentData(Qt::UserRole + 1).toList();
    m_grades->setRowCount(int(grades.size()));
    for (int row = 0; row < grades.size(); ++row) {
        const QStringList g = grades.at(row).toStringList();
        m_grades->setItem(row, GradeColumn, new QTableWidgetItem(g.value(0)));
        m_grades->setItem(row, LevelColumn, new QTableWidgetItem(g.value(1)));
        m_grades->setItem(row, MeaningColumn, new QTableWidgetItem(GradeSchemes::levelLabel(g.value(1))));
        if (g.value(0) == keep)
            m_grades->selectRow(row);
    }
    // The meaning column keeps the rest of the width (resizing it to its text would undo the stretch).
    m_grades->resizeColumnToContents(GradeColumn);
    m_grades->resizeColumnToContents(LevelColumn);
    updateButtons();
}

QString GradeSchemesBox::selectedGrade() const
{
    const QList<QTableWidgetItem *> selected = m_grades->selectedItems();
    return selected.isEmpty() ? QString() : m_grades->item(selected.first()->row(), GradeColumn)->text();
}

void GradeSchemesBox::updateButtons()
{
    const bool idle = !m_runner->isRunning();
    m_change->setEnabled(idle && !selectedGrade().isEmpty());
    m_add->setEnabled(idle && m_scheme->count() > 0);
    m_scheme->setEnabled(idle);
}

void GradeSchemesBox::chooseLevel()
{
    const QString grade = selectedGrade();
    if (grade.isEmpty() || m_runner->isRunning())
        return;
    const int row = m_grades->selectedItems().first()->row();
    const QString current = m_grades->item(row, LevelColumn)->text();
    QStringList items;
    for (const QString &level : levels())
        items << GradeSchemes::levelLabel(level);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change level"),
                                                 tr("Level of grade %1 in %2:").arg(grade, m_scheme->currentData().toString()), items,
                                                 int(levels().indexOf(current)), false, &ok);
    if (!ok)
        return;
    const QString level = levels().value(int(items.indexOf(chosen)));
    if (level != current)
        changeLevel(m_scheme->currentData().toString(), grade, level);
}

void GradeSchemesBox::addGrade()
{
    if (m_runner->isRunning())
        return;
    bool ok = false;
    const QString grade = QInputDialog::getText(this, tr("Add grade"), tr("New grade of %1, as departments write it:")
                                                                           .arg(m_scheme->currentData().toString()),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || grade.isEmpty())
        return;
    QStringList items;
    for (const QString &level : levels())
        items << GradeSchemes::levelLabel(level);
    const QString chosen = QInputDialog::getItem(this, tr("Add grade"), tr("Level of grade %1:").arg(grade), items, 1, false, &ok);
    if (ok)
        changeLevel(m_scheme->currentData().toString(), grade, levels().value(int(items.indexOf(chosen))));
}

void GradeSchemesBox::changeLevel(const QString &scheme, const QString &grade, const QString &level)
{
    if (m_runner->isRunning())
        return;
    m_message->showMessage(tr("Saving and recomputing every light…"), ErrorLabel::Tone::Info);
    m_busy->show();
    const Actor actor = m_actor;
    // Recomputing every light takes a while on a large register: off the GUI thread.
    m_runner->start([this, actor, scheme, grade, level](Database &db, ImportJob &) {
        m_incomingVersion = GradeSchemes::changeGrade(db, actor, scheme, grade, level);
    });
    updateButtons();
}

} // namespace cl
