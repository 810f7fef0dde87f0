#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cl {

class Database;
class LightTimeline;
struct Entity;
struct LightResult;

// Why an entity has its light: every record that decided it (department, scheme, raw grade,
// level, date, valid to, rule id), and how the light went over time (a strip and a table).
class CreditLightPanel : public QWidget
{
    Q_OBJECT

public:
    CreditLightPanel(Database &db, const Entity &entity, const LightResult &light, QWidget *parent = nullptr);

private:
    QTreeWidget *reasonsList(const LightResult &light);
    QWidget *historyBox(Database &db, const Entity &entity, const QDate &today);
};

} // namespace cl
