#include "EntityProfileDialog.h"

#include "UsccFindingsLabel.h"
#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "credit/UsccValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
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

// A grey disc: no light yet. The real colours come with the grades capability.
QPixmap greyLight(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5));
    p.setBrush(QColor(0xcc, 0xcc, 0xcc));
    p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pm;
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
        layout->addWidget(header(*entity));
        layout->addWidget(basicData(*entity));
        if (entity->codeType == QLatin1String("USCC"))
            layout->addWidget(codeCheck(*entity));
        layout->addWidget(creditLight());
        if (Authorizer::allowed(db.sql(), actor, Permission::AuditView))
            layout->addWidget(recentChanges(*entity));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntityProfileDialog::reject);
    layout->addWidget(buttons);
    // Enter or Esc closes: the profile is read, then the clerk goes back to the list.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    setMinimumWidth(640);
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
    form->addRow(tr("Legal representative:"), valueLabel(e.legalRep, box));
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

QGroupBox *EntityProfileDialog::creditLight()
{
    auto *box = new QGroupBox(tr("Credit light"), this);
    auto *disc = new QLabel(box);
    disc->setPixmap(greyLight(22));
    auto *text = new QLabel(tr("Credit lights (red, yellow, green) arrive with the grades capability, which this version "
                               "does not have yet. Until then no light is shown for any entity."),
                            box);
    text->setObjectName(QStringLiteral("profileLight"));
    text->setWordWrap(true);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(disc, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return box;
}

QGroupBox *EntityProfileDialog::recentChanges(const Entity &e)
{
    auto *box = new QGroupBox(tr("Recent changes"), this);
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
    list->setMaximumHeight(list->sizeHintForRow(0) * 6 + list->header()->sizeHint().height() + 6);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

} // namespace cl
