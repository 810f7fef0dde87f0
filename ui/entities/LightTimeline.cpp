#include "LightTimeline.h"

#include "common/LightIcon.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace cl {

namespace {
constexpr int StripHeight = 18;
constexpr int Margin = 4;
} // namespace

LightTimeline::LightTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void LightTimeline::setHistory(const QList<LightHistoryEntry> &history, const QDate &today)
{
    m_segments.clear();
    for (const LightHistoryEntry &entry : history) {
        // Several recomputations on one day: the last one recorded is what held that day.
        if (!m_segments.isEmpty() && m_segments.last().from == entry.effectiveOn)
            m_segments.removeLast();
        if (!m_segments.isEmpty() && m_segments.last().light == entry.light && m_segments.last().ruleId == entry.ruleId)
            continue;
        m_segments << Segment{entry.effectiveOn, QDate(), entry.light, entry.ruleId};
    }
    m_end = today.addDays(1);
    for (int i = 0; i < m_segments.size(); ++i)
        m_segments[i].to = i + 1 < m_segments.size() ? m_segments.at(i + 1).from : qMax(m_end, m_segments.at(i).from.addDays(1));
    m_first = m_segments.isEmpty() ? today : m_segments.first().from;
    if (!m_segments.isEmpty())
        m_end = qMax(m_end, m_segments.last().to);
    updateGeometry();
    update();
}

QSize LightTimeline::sizeHint() const
{
    return {480, Margin * 2 + StripHeight + fontMetrics().height() * 2 + 6};
}

QSize LightTimeline::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

QRect LightTimeline::stripRect() const
{
    return QRect(Margin, Margin, width() - 2 * Margin, StripHeight);
}

int LightTimeline::xFor(const QDate &date) const
{
    const QRect strip = stripRect();
    const qint64 span = qMax<qint64>(1, m_first.daysTo(m_end));
    return strip.left() + int(double(m_first.daysTo(date)) / double(span) * strip.width());
}

int LightTimeline::segmentAt(const QPoint &pos) const
{
    if (!stripRect().adjusted(0, -2, 0, 2).contains(pos))
        return -1;
    for (int i = 0; i < m_segments.size(); ++i)
        if (pos.x() >= xFor(m_segments.at(i).from) && pos.x() <= xFor(m_segments.at(i).to))
            return i;
    return -1;
}

void LightTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect strip = stripRect();
    if (m_segments.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No light recorded yet."));
        return;
    }
    // The time before the first record: nothing known.
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Window).darker(106));
    p.drawRoundedRect(strip, 4, 4);
    for (const Segment &s : m_segments) {
        const QRect band(QPoint(xFor(s.from), strip.top()), QPoint(qMax(xFor(s.from) + 2, xFor(s.to)) - 1, strip.bottom()));
        p.setBrush(LightIcon::color(s.light));
        p.drawRect(band);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRoundedRect(QRectF(strip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    // Dates of change under the strip, skipping those that would overlap the previous label.
    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().color(QPalette::Text));
    int lastRight = -1000;
    const int textTop = strip.bottom() + 4;
    for (const Segment &s : m_segments) {
        const int x = xFor(s.from);
        const QString text = s.from.toString(Qt::ISODate);
        const int w = fm.horizontalAdvance(text);
        const int left = qBound(0, x - w / 2, width() - w);
        p.drawLine(x, strip.bottom() + 1, x, strip.bottom() + 3);
        if (left > lastRight + 8) {
            p.drawText(QRect(left, textTop, w, fm.height()), Qt::AlignLeft | Qt::AlignTop, text);
            lastRight = left + w;
        }
    }
    const QString todayText = tr("today");
    const int w = fm.horizontalAdvance(todayText);
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(QRect(width() - w - Margin, textTop + fm.height(), w, fm.height()), Qt::AlignRight | Qt::AlignTop, todayText);
}

bool LightTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = segmentAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Segment &s = m_segments.at(i);
        const bool current = i == m_segments.size() - 1;
        const QString period = current ? tr("since %1").arg(s.from.toString(Qt::ISODate))
                                       : tr("%1 to %2").arg(s.from.toString(Qt::ISODate), s.to.addDays(-1).toString(Qt::ISODate));
        QToolTip::showText(help->globalPos(),
                           tr("%1 (%2: %3)\n%4").arg(LightEngine::lightLabel(s.light), s.ruleId, LightEngine::ruleLabel(s.ruleId), period),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace cl
