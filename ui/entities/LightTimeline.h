#pragma once

#include "credit/LightEngine.h"

#include <QDate>
#include <QWidget>

namespace cl {

// The light of one entity over time as a strip: one coloured band per period between two
// recorded changes, the last running up to today, with the dates of change written under it.
// Hovering a band tells its light, rule and period. The same entries are listed in a table
// next to it, so nothing here depends on seeing colour or on a mouse.
class LightTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit LightTimeline(QWidget *parent = nullptr);

    void setHistory(const QList<LightHistoryEntry> &history, const QDate &today);
    int segmentCount() const { return int(m_segments.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Segment
    {
        QDate from;
        QDate to;     // exclusive; today + 1 for the last
        QString light;
        QString ruleId;
    };
    QRect stripRect() const;
    int xFor(const QDate &date) const;
    int segmentAt(const QPoint &pos) const;

    QList<Segment> m_segments;
    QDate m_first;
    QDate m_end;
};

} // namespace cl
