#include "CreditLightPanel.h"

#include "LightTimeline.h"
#include "common/LightIcon.h"
#include "credit/GradeSchemes.h"
#include "credit/LightEngine.h"
#include "registry/Entity.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum ReasonColumn { RuleColumn, SourceColumn, DepartmentColumn, SchemeColumn, GradeColumn, LevelColumn, DateColumn, ValidToColumn,
                    DetailColumn };

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("evaluation")) return CreditLightPanel::tr("Evaluation");
    if (source == QLatin1String("finding")) return CreditLightPanel::tr("Finding");
    if (source == QLatin1String("dishonest")) return CreditLightPanel::tr("Serious-dishonesty list");
    return source;
}

QString localTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}
} // namespace

CreditLightPanel::CreditLightPanel(Database &db, const Entity &entity, const LightResult &light, QWidget *parent)
    : QWidget(parent)
{
    auto *reasonsTitle = new QLabel(tr("Records that decide the light (as of %1):").arg(light.asOf.toString(Qt::ISODate)), this);
    auto *reasons = reasonsList(light);
    reasonsTitle->setBuddy(reasons);
    // As high as its rows (three to eight), so the history below gets the rest.
    const int rows = qBound(3, int(reasons->topLevelItemCount()), 8);
    reasons->setFixedHeight(reasons->header()->sizeHint().height() + rows * (reasons->sizeHintForRow(0) + 1)
                            + 2 * reasons->frameWidth() + 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reasonsTitle);
    layout->addWidget(reasons);
    layout->addWidget(historyBox(db, entity, light.asOf), 1);
}

QTreeWidget *CreditLightPanel::reasonsList(const LightResult &light)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("profileReasons"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels({tr("Rule"), tr("Source"), tr("Department"), tr("Scheme / kind"), tr("Raw grade"), tr("Level"), tr("Date"),
                           tr("Valid to"), tr("Detail")});
    for (const LightReason &r : light.reasons) {
        const QString kind = r.source == QLatin1String("finding") ? LightEngine::findingKindLabel(r.kind) : r.kind;
        auto *item = new QTreeWidgetItem(list, {r.ruleId, sourceLabel(r.source), r.department, kind, r.rawGrade, r.level, r.date,
                                                r.validTo, r.detail});
        item->setToolTip(RuleColumn, LightEngine::ruleLabel(r.ruleId));
        if (!r.level.isEmpty())
            item->setToolTip(LevelColumn, GradeSchemes::levelLabel(r.level));
        if (!r.validFrom.isEmpty() && r.validFrom != r.date)
            item->setToolTip(DateColumn, tr("Valid from %1").arg(r.validFrom));
        item->setToolTip(DetailColumn, r.detail);
    }
    if (light.reasons.isEmpty()) {
        auto *item = new QTreeWidgetItem(list, {light.ruleId, QString(), QString(), QString(), QString(), QString(), QString(),
                                                QString(), tr("No valid evaluation and no negative record: %1.")
                                                                   .arg(LightEngine::ruleLabel(light.ruleId))});
        item->setToolTip(DetailColumn, item->text(DetailColumn));
    }
    QHeaderView *header = list->header();
    header->setStretchLastSection(true);
    for (int c = RuleColumn; c < DetailColumn; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);  // a handful of rows
    return list;
}

QWidget *CreditLightPanel::historyBox(Database &db, const Entity &entity, const QDate &today)
{
    auto *box = new QWidget(this);
    const QList<LightHistoryEntry> history = LightEngine(db).history(entity.id);
    auto *title = new QLabel(tr("The light over time:"), box);
    auto *timeline = new LightTimeline(box);
    timeline->setObjectName(QStringLiteral("profileTimeline"));
    timeline->setHistory(history, today);

    auto *list = new QTreeWidget(box);
    list->setObjectName(QStringLiteral("profileHistory"));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels({tr("In force from"), tr("Light"), tr("Rule"), tr("Rule set"), tr("Recorded")});
    // Newest first: the question is usually "since when".
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QTreeWidgetItem(list, {it->effectiveOn.toString(Qt::ISODate), LightEngine::lightLabel(it->light),
                                                QStringLiteral("%1 %2").arg(it->ruleId, LightEngine::ruleLabel(it->ruleId)),
                                                tr("version %1").arg(it->ruleVersion), localTime(it->recordedAt)});
        item->setIcon(1, LightIcon::icon(it->light));
    }
    if (history.isEmpty())
        new QTreeWidgetItem(list, {QString(), tr("No light recorded yet.")});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    title->setBuddy(list);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(timeline);
    layout->addWidget(list, 1);
    return box;
}

} // namespace cl
