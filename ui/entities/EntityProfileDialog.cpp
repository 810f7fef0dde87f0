#include "EntityProfileDialog.h"

#include "CreditLightPanel.h"
#include "CreditRecordsPanel.h"
#include "RegisterEntityDialog.h"
#include "UsccFindingsLabel.h"
#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/Clock.h"
#include "common/LightIcon.h"
#include "credit/GradeSchemes.h"
#include "credit/IdCardValidator.h"
#include "credit/LightEngine.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"
#include "supervision/EvaluationRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
constexpr int AuditRows = 20;

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString localTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

EntityProfileDialog::EntityProfileDialog(Database &db, const Actor &actor, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("entityProfileDialog"));
    auto *layout = new QVBoxLayout(this);
    const std::optional<Entity> entity = EntityRepository(db).byId(entityId);
    if (!entity) {
        setWindowTitle(tr("Market entity"));
        layout->addWidget(new QLabel(tr("This entity is no longer in the register."), this));
    } else {
        setWindowTitle(tr("Market entity: %1").arg(entity->name));
        // One entity's records: a few indexed reads, quick enough to make while the dialog opens.
        const QDate today = Clock::today();
        const LightResult light = LightEngine(db).explain(entity->id, today);
        layout->addWidget(header(*entity));
        layout->addWidget(lightSummary(*entity, light));
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("profileTabs"));
        tabs->addTab(new CreditLightPanel(db, *entity, light, tabs), tr("Credit &light"));
        QTreeWidget *evaluationList = evaluations(*entity, today);
        tabs->addTab(evaluationList, tr("&Evaluations (%1)").arg(evaluationList->property("evaluationCount").toInt()));
        // Measures and records are read on a worker thread; their tabs fill (and count) when the read is done.
        auto *records = new CreditRecordsPanel(db, entity->id, today, this);
        const int measuresTab = tabs->addTab(records->measuresPage(), tr("&Measures"));
        const int recordsTab = tabs->addTab(records->recordsPage(), tr("&Penalties, commitments, licences"));
        connect(records, &CreditRecordsPanel::loaded, tabs, [tabs, measuresTab, recordsTab](int measureCount, int recordCount) {
            tabs->setTabText(measuresTab, tr("&Measures (%1)").arg(measureCount));
            tabs->setTabText(recordsTab, tr("&Penalties, commitments, licences (%1)").arg(recordCount));
        });
        tabs->addTab(basicTab(*entity), tr("&Basic data"));
        if (Authorizer::allowed(db.sql(), actor, Permission::AuditView))
            tabs->addTab(recentChanges(*entity), tr("Recent c&hanges"));
        layout->addWidget(tabs, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntityProfileDialog::reject);
    if (entity && Authorizer::allowed(db.sql(), actor, Permission::EntityEdit)) {
        QPushButton *edit = buttons->addButton(tr("E&dit register data…"), QDialogButtonBox::ActionRole);
        edit->setObjectName(QStringLiteral("profileEdit"));
        edit->setAutoDefault(false);
        const qint64 id = entity->id;
        connect(edit, &QPushButton::clicked, this, [this, id] { editRegisterData(id); });
    }
    layout->addWidget(buttons);
    // Enter or Esc closes: the profile is read, then the clerk goes back to the list.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    setMinimumWidth(640);
    resize(900, 680);
}

QWidget *EntityProfileDialog::header(const Entity &e)
{
    auto *box = new QWidget(this);
    auto *name = valueLabel(e.name, box);
    name->setObjectName(QStringLiteral("profileName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    name->setFont(big);
    auto *code = valueLabel(e.code, box);
    code->setObjectName(QStringLiteral("profileCode"));
    QFont codeFont = code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.15);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 1);  // easier to compare character by character
    code->setFont(codeFont);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name);
    layout->addWidget(code);
    return box;
}

QGroupBox *EntityProfileDialog::basicData(const Entity &e)
{
    auto *box = new QGroupBox(tr("Basic data"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Kind:"), valueLabel(Entity::kindLabel(e.kind), box));
    form->addRow(tr("Status:"), valueLabel(Entity::statusLabel(e.status), box));
    // The ID number is personal data: shown masked (first 6, last 4), as everywhere in the window.
    form->addRow(tr("Legal representative:"),
                 valueLabel(e.legalRepIdNo.isEmpty() ? e.legalRep : tr("%1 (ID %2)").arg(e.legalRep, IdCardValidator::mask(e.legalRepIdNo)), box));
    form->addRow(tr("Industry:"), valueLabel(e.industryName, box));
    form->addRow(tr("Town/street:"), valueLabel(e.townName, box));
    form->addRow(tr("Address:"), valueLabel(e.address, box));
    form->addRow(tr("Registered on:"), valueLabel(e.registeredOn.isValid() ? e.registeredOn.toString(Qt::ISODate) : QString(), box));
    form->addRow(tr("In the register since:"), valueLabel(localTime(e.createdAt), box));
    if (e.updatedAt != e.createdAt)
        form->addRow(tr("Last changed:"), valueLabel(localTime(e.updatedAt), box));
    return box;
}

QGroupBox *EntityProfileDialog::codeCheck(const Entity &e)
{
    auto *box = new QGroupBox(tr("Credit code check"), this);
    const UsccValidator validator = UsccValidator::fromDatabase(m_db.sql());
    const UsccResult result = validator.check(e.code);
    auto *findings = new UsccFindingsLabel(box);
    findings->setObjectName(QStringLiteral("profileFindings"));
    findings->setResult(result);
    auto *layout = new QFormLayout(box);
    layout->addRow(findings);
    if (result.valid) {
        const QString division = e.code.mid(2, 6);
        const QString where = validator.divisionName(division);
        layout->addRow(tr("Registering authority's division:"),
                       valueLabel(where.isEmpty() ? division : QStringLiteral("%1 (%2)").arg(where, division), box));
    }
    return box;
}

QWidget *EntityProfileDialog::lightSummary(const Entity &e, const LightResult &light)
{
    auto *box = new QWidget(this);
    auto *disc = new QLabel(box);
    disc->setPixmap(LightIcon::pixmap(light.light, 28));
    disc->setToolTip(LightEngine::lightLabel(light.light));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    auto *name = new QLabel(LightEngine::lightLabel(light.light), box);
    name->setObjectName(QStringLiteral("profileLightName"));
    name->setFont(bold);
    auto *text = new QLabel(tr("Rule %1: %2 (as of %3)")
                                .arg(light.ruleId, LightEngine::ruleLabel(light.ruleId), light.asOf.toString(Qt::ISODate)),
                            box);
    text->setObjectName(QStringLiteral("profileLight"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(disc, 0, Qt::AlignVCenter);
    layout->addWidget(name, 0, Qt::AlignVCenter);
    layout->addWidget(text, 1, Qt::AlignVCenter);
    // The list shows the light as last recomputed; an evaluation may have expired since.
    if (e.light != light.light) {
        auto *note = new QLabel(tr("The register still shows %1: the lights are recomputed after every import and daily.")
                                    .arg(LightEngine::lightLabel(e.light)),
                                box);
        note->setObjectName(QStringLiteral("profileLightStale"));
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note, 1, Qt::AlignVCenter);
    }
    return box;
}

QWidget *EntityProfileDialog::basicTab(const Entity &e)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_basicData = basicData(e);
    layout->addWidget(m_basicData);
    if (e.codeType == QLatin1String("USCC"))
        layout->addWidget(codeCheck(e));
    layout->addStretch();
    return page;
}

void EntityProfileDialog::editRegisterData(qint64 entityId)
{
    const std::optional<Entity> entity = EntityRepository(m_db).byId(entityId);
    if (!entity)
        return;
    auto *dialog = new RegisterEntityDialog(m_db, m_actor, *entity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterEntityDialog::saved, this, [this, entityId] {
        const std::optional<Entity> changed = EntityRepository(m_db).byId(entityId);
        if (!changed || !m_basicData)
            return;
        QGroupBox *fresh = basicData(*changed);
        m_basicData->parentWidget()->layout()->replaceWidget(m_basicData, fresh);
        m_basicData->deleteLater();
        m_basicData = fresh;
        setWindowTitle(tr("Market entity: %1").arg(changed->name));
    });
    dialog->open();
}

QTreeWidget *EntityProfileDialog::evaluations(const Entity &e, const QDate &asOf)
{
    enum { Department, Scheme, Grade, Level, EvaluatedOn, ValidFrom, ValidTo, Status, Batch };
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("profileEvaluations"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels({tr("Department"), tr("Scheme"), tr("Raw grade"), tr("Level"), tr("Evaluated on"), tr("Valid from"),
                           tr("Valid to"), tr("Status"), tr("Import batch")});
    const QList<EvaluationRow> rows = EvaluationRepository(m_db).forEntity(e.id, asOf);
    for (const EvaluationRow &r : rows) {
        auto *item = new QTreeWidgetItem(list, {r.departmentName, r.scheme, r.rawGrade, r.level, r.evaluatedOn, r.validFrom, r.validTo,
                                                EvaluationRow::statusLabel(r.status),
                                                r.batchId > 0 ? QString::number(r.batchId) : QString()});
        item->setToolTip(Scheme, r.schemeName);
        item->setToolTip(Level, GradeSchemes::levelLabel(r.level));
        if (r.status != EvaluationRow::Status::Counts) {
            // Records that no longer count stay listed (they are history) but step back.
            for (int c = 0; c < list->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        } else {
            QFont f = item->font(Status);
            f.setBold(true);
            item->setFont(Status, f);
        }
    }
    if (rows.isEmpty())
        new QTreeWidgetItem(list, {tr("No evaluations recorded.")});
    list->setProperty("evaluationCount", int(rows.size()));
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

QWidget *EntityProfileDialog::recentChanges(const Entity &e)
{
    auto *box = new QWidget(this);
    auto *list = new QTreeWidget(box);
    list->setObjectName(QStringLiteral("profileAudit"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    for (const AuditEntry &entry : AuditLog::entries(m_db.sql(), e.code, AuditRows)) {
        QString what = entry.action;
        if (entry.action == QLatin1String("entity.add"))
            what = tr("Registered");
        else if (entry.action == QLatin1String("entity.update"))
            what = tr("Changed");
        auto *item = new QTreeWidgetItem(list, {localTime(entry.at), entry.actor, what});
        item->setToolTip(2, entry.action);
    }
    if (list->topLevelItemCount() == 0)
        new QTreeWidgetItem(list, {QString(), QString(), tr("No changes recorded.")});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);  // at most 20 rows
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

} // namespace cl
