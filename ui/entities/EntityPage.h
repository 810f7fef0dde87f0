#pragma once

#include "auth/Actor.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace cl {

class Database;
class EntityListModel;

// 市场主体: search and filter the register, open a profile, register a new entity.
// Built for the window: type a name or code, Enter, Enter opens the first match.
class EntityPage : public QWidget
{
    Q_OBJECT

public:
    EntityPage(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void focusSearch();
    EntityListModel *model() const { return m_model; }
    // Opens the profile of the entity in the given row (a no-op while its page is loading).
    void openProfile(int row);
    // Shows only entities with this light (red|yellow|green|grey; empty: all).
    void setLightFilter(const QString &light);
    // Shows the entities with this light in this industry field and town (0: any), search text
    // and kind cleared: where a dashboard chart leads.
    void showFiltered(const QString &light, qint64 industryId, qint64 townId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateCountLabel();
    void showLoadError(const QString &message);
    void registerEntity();
    void fitColumns();
    void fillFilterCombos();

    Database &m_db;
    Actor m_actor;
    EntityListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_town;
    QComboBox *m_industry;
    QComboBox *m_kind;
    QComboBox *m_light;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_register = nullptr;
    QTimer m_debounce;
    // Enter in the search field: take the user to the first result once it is counted.
    bool m_focusResultsWhenCounted = false;
};

} // namespace cl
