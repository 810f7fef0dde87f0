#include "ReportRenderer.h"

#include "common/AppFont.h"
#include "common/Error.h"
#include "common/LightIcon.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <memory>

namespace cl {

namespace {

constexpr double SideMargin = 40;
constexpr double TopMargin = 28;
constexpr double BottomMargin = 26;
constexpr double FooterHeight = 18;
constexpr double RowHeight = 15;
constexpr double HeaderRowHeight = 17;
constexpr double TableTitleHeight = 17;

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x60, 0x60, 0x60);
const QColor Rule(0xc8, 0xc8, 0xc8);
const QColor HeaderFill(0xe8, 0xee, 0xf5);
const QColor Accent(0x1f, 0x4e, 0x8c);

QColor colorOf(const QString &key)
{
    return LightIcon::color(key);
}

// 1, 2 or 5 times a power of ten, so that about `ticks` steps cover max.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max(1.0, m * power);
    }
    return std::max(1.0, 10 * power);
}

QString number(double v)
{
    return QString::number(qint64(std::llround(v)));
}

struct Fonts
{
    QFont title, text, small, bold;
};

void drawLegend(QPainter &p, const QPointF &at, const QList<QPair<QString, QColor>> &items, const QFont &font)
{
    p.setFont(font);
    const QFontMetricsF fm(font);
    double x = at.x();
    for (const auto &item : items) {
        p.setPen(Qt::NoPen);
        p.setBrush(item.second);
        p.drawRect(QRectF(x, at.y() + 2, 8, 8));
        p.setPen(Ink);
        p.drawText(QPointF(x + 11, at.y() + 2 + fm.ascent() - 1), item.first);
        x += 11 + fm.horizontalAdvance(item.first) + 12;
    }
}

void paintDonut(QPainter &p, const QRectF &r, const ReportChart &chart, const Fonts &f)
{
    p.setFont(f.bold);
    p.setPen(Ink);
    p.drawText(QRectF(r.left(), r.top(), r.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    const QList<double> values = chart.series.isEmpty() ? QList<double>() : chart.series.first().values;
    double total = 0;
    for (double v : values)
        total += v;
    const double d = std::min(r.height() - 24, r.width() * 0.42);
    const QRectF outer(r.left() + 10, r.top() + 20, d, d);
    const double holeInset = d * 0.22;
    const QRectF inner = outer.adjusted(holeInset, holeInset, -holeInset, -holeInset);
    double angle = 90;
    p.setPen(QPen(Qt::white, 1));
    if (total <= 0) {
        QPainterPath ring;
        ring.addEllipse(outer);
        ring.addEllipse(inner);
        p.setBrush(QColor(0xee, 0xee, 0xee));
        p.drawPath(ring);
    }
    for (int i = 0; i < values.size() && total > 0; ++i) {
        const double span = -360.0 * values.at(i) / total;
        if (values.at(i) <= 0)
            continue;
        QPainterPath path;
        path.arcMoveTo(outer, angle);
        path.arcTo(outer, angle, span);
        path.arcTo(inner, angle + span, -span);
        path.closeSubpath();
        p.setBrush(colorOf(chart.sliceColorKeys.value(i)));
        p.drawPath(path);
        angle += span;
    }
    // The total in the hole, its unit on a line of its own below.
    p.setPen(Ink);
    p.setFont(f.title);
    const QPointF c = inner.center();
    p.drawText(QRectF(inner.left(), c.y() - 14, inner.width(), 18), Qt::AlignHCenter | Qt::AlignBottom, number(total));
    p.setFont(f.small);
    p.setPen(Muted);
    p.drawText(QRectF(inner.left(), c.y() + 6, inner.width(), 12), Qt::AlignHCenter | Qt::AlignTop, ReportRenderer::tr("entities"));

    // Legend: colour, name, count, share.
    const QFontMetricsF fm(f.text);
    double y = outer.top() + (d - values.size() * 20) / 2;
    const double x = outer.right() + 30;
    for (int i = 0; i < values.size(); ++i, y += 20) {
        p.setPen(Qt::NoPen);
        p.setBrush(colorOf(chart.sliceColorKeys.value(i)));
        p.drawRect(QRectF(x, y + 3, 10, 10));
        p.setPen(Ink);
        p.setFont(f.text);
        p.drawText(QPointF(x + 16, y + 3 + fm.ascent() - 1), chart.categories.value(i));
        const QString share = total > 0 ? QString::number(100.0 * values.at(i) / total, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
        p.drawText(QRectF(x + 110, y, 70, 16), Qt::AlignRight | Qt::AlignVCenter, number(values.at(i)));
        p.setPen(Muted);
        p.drawText(QRectF(x + 185, y, 55, 16), Qt::AlignRight | Qt::AlignVCenter, share);
    }
}

void paintBars(QPainter &p, const QRectF &r, const ReportChart &chart, const Fonts &f)
{
    p.setFont(f.bold);
    p.setPen(Ink);
    p.drawText(QRectF(r.left(), r.top(), r.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    if (chart.legend) {
        QList<QPair<QString, QColor>> legend;
        for (const auto &s : chart.series)
            legend << qMakePair(s.name, colorOf(s.colorKey));
        drawLegend(p, QPointF(r.left(), r.top() + 16), legend, f.small);
    }
    const double plotTop = chart.legend ? 32 : 20;

    const int n = int(chart.categories.size());
    QList<double> totals(n, 0.0);
    for (const auto &s : chart.series)
        for (int i = 0; i < n && i < s.values.size(); ++i)
            totals[i] += s.values.at(i);
    double max = 0;
    for (double t : totals)
        max = std::max(max, t);
    const double step = niceStep(max, 5);
    const double axisMax = std::max(step, std::ceil(max / step) * step);

    const QFontMetricsF fm(f.small);
    double labelWidth = 0;
    for (const QString &c : chart.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 6, r.width() * 0.3);
    const QRectF plot(r.left() + labelWidth, r.top() + plotTop, r.width() - labelWidth - 40, r.height() - plotTop - 14);
    const double rowH = n > 0 ? plot.height() / n : plot.height();
    const double barH = std::min(12.0, rowH * 0.7);

    // Grid and tick labels.
    p.setFont(f.small);
    for (double v = 0; v <= axisMax + 0.5; v += step) {
        const double x = plot.left() + plot.width() * v / axisMax;
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Muted);
        p.drawText(QRectF(x - 30, plot.bottom() + 2, 60, 11), Qt::AlignHCenter | Qt::AlignTop, number(v));
    }
    for (int i = 0; i < n; ++i) {
        const double y = plot.top() + i * rowH + (rowH - barH) / 2;
        p.setPen(Ink);
        p.drawText(QRectF(r.left(), plot.top() + i * rowH, labelWidth - 6, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth - 6));
        double x = plot.left();
        p.setPen(Qt::NoPen);
        for (const auto &s : chart.series) {
            const double w = plot.width() * s.values.value(i) / axisMax;
            p.setBrush(colorOf(s.colorKey));
            p.drawRect(QRectF(x, y, w, barH));
            x += w;
        }
        p.setPen(Muted);
        p.drawText(QRectF(x + 3, plot.top() + i * rowH, 40, rowH), Qt::AlignLeft | Qt::AlignVCenter, number(totals.at(i)));
    }
}

void paintLines(QPainter &p, const QRectF &r, const ReportChart &chart, const Fonts &f)
{
    p.setFont(f.bold);
    p.setPen(Ink);
    p.drawText(QRectF(r.left(), r.top(), r.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    QList<QPair<QString, QColor>> legend;
    for (const auto &s : chart.series)
        legend << qMakePair(s.name, colorOf(s.colorKey));
    drawLegend(p, QPointF(r.left(), r.top() + 16), legend, f.small);

    double max = 0;
    for (const auto &s : chart.series)
        for (double v : s.values)
            max = std::max(max, v);
    const double step = niceStep(max, 4);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const QFontMetricsF fm(f.small);
    const double axisWidth = fm.horizontalAdvance(number(axisMax)) + 8;
    const QRectF plot(r.left() + axisWidth, r.top() + 34, r.width() - axisWidth - 10, r.height() - 34 - 16);
    const int n = int(chart.categories.size());
    auto xAt = [&](int i) { return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1); };
    auto yAt = [&](double v) { return plot.bottom() - plot.height() * v / axisMax; };

    p.setFont(f.small);
    for (double v = 0; v <= axisMax + 0.5; v += step) {
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        p.setPen(Muted);
        p.drawText(QRectF(r.left(), yAt(v) - 6, axisWidth - 4, 12), Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
    // Month labels, thinned so they never overlap.
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("0000-00")) + 6;
    const int every = n <= 1 ? 1 : std::max(1, int(std::ceil(labelWidth / (plot.width() / (n - 1)))));
    for (int i = 0; i < n; ++i) {
        if (i % every != 0 && i != n - 1)
            continue;
        if (i != n - 1 && n - 1 - i < every && i % every == 0 && i != 0)
            continue;  // the last label gets the room
        // Kept inside the chart: the first and last labels align with the plot's edges.
        const double left = std::clamp(xAt(i) - labelWidth / 2, r.left(), r.right() - labelWidth);
        p.drawText(QRectF(left, plot.bottom() + 3, labelWidth, 11), Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(i));
    }
    for (const auto &s : chart.series) {
        const QColor c = colorOf(s.colorKey);
        QPolygonF line;
        for (int i = 0; i < n && i < s.values.size(); ++i)
            line << QPointF(xAt(i), yAt(s.values.at(i)));
        p.setPen(QPen(c, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        for (const QPointF &pt : line)
            p.drawEllipse(pt, 1.8, 1.8);
    }
}

} // namespace

ReportRenderer::ReportRenderer(ReportModel model, QPageLayout::Orientation orientation)
    : m_model(std::move(model)), m_orientation(orientation)
{
    m_page = pageLayout(orientation).fullRectPoints().size();
}

QPageLayout ReportRenderer::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

QFont ReportRenderer::font(double pixelSize, bool bold) const
{
    QFont f;
    const QStringList families = AppFont::families();
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

double ReportRenderer::headerHeight() const
{
    const double width = m_page.width() - 2 * SideMargin;
    const QFontMetricsF fm(font(8));
    const QRectF filters = fm.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, m_model.filterLine());
    return 12 + 24 + filters.height() + 8;
}

void ReportRenderer::paintHeader(QPainter &p) const
{
    const double width = m_page.width() - 2 * SideMargin;
    double y = TopMargin;
    p.setPen(Muted);
    p.setFont(font(8));
    p.drawText(QRectF(SideMargin, y, width, 12), Qt::AlignLeft | Qt::AlignVCenter, m_model.officeName);
    p.drawText(QRectF(SideMargin, y, width, 12), Qt::AlignRight | Qt::AlignVCenter,
               tr("Generated %1").arg(m_model.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    y += 12;
    p.setPen(Ink);
    p.setFont(font(16, true));
    p.drawText(QRectF(SideMargin, y, width, 24), Qt::AlignHCenter | Qt::AlignVCenter, m_model.title);
    y += 24;
    p.setFont(font(8));
    p.setPen(Muted);
    const QRectF filters(SideMargin, y, width, 1000);
    const QRectF used = p.boundingRect(filters, Qt::AlignHCenter | Qt::TextWordWrap, m_model.filterLine());
    p.drawText(filters, Qt::AlignHCenter | Qt::TextWordWrap, m_model.filterLine());
    y += used.height() + 4;
    p.setPen(QPen(Accent, 1));
    p.drawLine(QPointF(SideMargin, y), QPointF(m_page.width() - SideMargin, y));
}

void ReportRenderer::paintFooter(QPainter &p, int page, int pages) const
{
    const double y = m_page.height() - BottomMargin - FooterHeight + 6;
    p.setPen(QPen(Rule, 0.5));
    p.drawLine(QPointF(SideMargin, y), QPointF(m_page.width() - SideMargin, y));
    p.setFont(font(8));
    p.setPen(Muted);
    const QRectF r(SideMargin, y + 2, m_page.width() - 2 * SideMargin, FooterHeight - 6);
    p.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_model.title);
}

void ReportRenderer::newPage()
{
    m_pages.append(Page{});
    m_y = m_body.top();
}

bool ReportRenderer::fits(double height) const
{
    return m_y + height <= m_body.bottom() + 0.01;
}

void ReportRenderer::ensureSpace(double height)
{
    if (!fits(height) && m_y > m_body.top() + 0.01)
        newPage();
}

void ReportRenderer::layout()
{
    if (m_laidOut)
        return;
    m_laidOut = true;
    const double top = TopMargin + headerHeight() + 10;
    m_body = QRectF(SideMargin, top, m_page.width() - 2 * SideMargin, m_page.height() - BottomMargin - FooterHeight - top);
    m_pages.clear();
    newPage();
    for (const ReportSection &section : m_model.sections)
        addSection(section);
}

void ReportRenderer::addSection(const ReportSection &section)
{
    const double width = m_body.width();
    const QFont titleFont = font(12, true), noteFont = font(8.5);
    const QRectF noteBox = QFontMetricsF(noteFont).boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, section.note);
    const double noteHeight = section.note.isEmpty() ? 0 : noteBox.height() + 4;
    // The title stays with what follows it: the note and the first chart or table start.
    double firstBlock = 60;
    if (!section.charts.isEmpty())
        firstBlock = m_orientation == QPageLayout::Portrait ? 200 : 180;
    ensureSpace(22 + noteHeight + firstBlock);
    const double y = m_y;
    const QString title = section.title, note = section.note;
    const double x = m_body.left();
    m_pages.last().ops << [=](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(Accent);
        p.drawRect(QRectF(x, y + 3, 3, 13));
        p.setPen(Ink);
        p.setFont(titleFont);
        p.drawText(QRectF(x + 8, y, width - 8, 19), Qt::AlignLeft | Qt::AlignVCenter, title);
        if (!note.isEmpty()) {
            p.setPen(Muted);
            p.setFont(noteFont);
            p.drawText(QRectF(x, y + 22, width, noteHeight), Qt::AlignLeft | Qt::TextWordWrap, note);
        }
    };
    m_y += 22 + noteHeight;
    for (const ReportChart &chart : section.charts)
        addChart(chart);
    for (const ReportTable &table : section.tables)
        addTable(table);
    m_y += 12;
}

void ReportRenderer::addChart(const ReportChart &chart)
{
    const bool portrait = m_orientation == QPageLayout::Portrait;
    double height = portrait ? 190 : 170;
    if (chart.kind == ReportChart::Kind::StackedBars)
        height = chart.legend ? std::max(height, 48 + 16.0 * chart.categories.size()) : 40 + 20.0 * chart.categories.size();
    else if (chart.kind == ReportChart::Kind::Lines)
        height = portrait ? 210 : 190;
    // Landscape pages are wide: charts keep a readable proportion instead of stretching.
    double width = m_body.width();
    // The light bars compare many groups and take the whole width; a few status bars do not need it.
    if (!portrait && (chart.kind != ReportChart::Kind::StackedBars || !chart.legend))
        width = std::min(width, 560.0);
    ensureSpace(height + 8);
    const QRectF r(m_body.left(), m_y, width, height);
    const Fonts f{font(14, true), font(9), font(7.5), font(9.5, true)};
    m_pages.last().ops << [r, chart, f](QPainter &p) {
        switch (chart.kind) {
        case ReportChart::Kind::Donut: paintDonut(p, r, chart, f); break;
        case ReportChart::Kind::StackedBars: paintBars(p, r, chart, f); break;
        case ReportChart::Kind::Lines: paintLines(p, r, chart, f); break;
        }
    };
    m_y += height + 8;
}

void ReportRenderer::addTable(const ReportTable &table)
{
    const QFont cellFont = font(8.5), boldFont = font(8.5, true), titleFont = font(9.5, true);
    const QFontMetricsF fm(cellFont), fmBold(boldFont);
    const int columns = int(table.header.size());
    if (columns == 0)
        return;
    // Every column but the first as wide as its widest cell; the first takes the rest.
    QList<double> widths(columns, 0.0);
    for (int c = 1; c < columns; ++c) {
        double w = fmBold.horizontalAdvance(table.header.at(c));
        for (const QStringList &row : table.rows)
            w = std::max(w, fm.horizontalAdvance(row.value(c)));
        widths[c] = std::max(44.0, w + 14);
    }
    double others = 0;
    for (int c = 1; c < columns; ++c)
        others += widths.at(c);
    const double total = m_body.width();
    if (others > total * 0.75) {
        for (int c = 1; c < columns; ++c)
            widths[c] *= total * 0.75 / others;
        others = total * 0.75;
    }
    widths[0] = total - others;
    const double x0 = m_body.left();
    // Every row's paint step refers to the one copy of the table.
    const auto shared = std::make_shared<const ReportTable>(table);

    auto cells = [=](QPainter &p, double y, double h, const QStringList &values, bool header, bool bold) {
        if (header) {
            p.setPen(Qt::NoPen);
            p.setBrush(HeaderFill);
            p.drawRect(QRectF(x0, y, total, h));
        }
        p.setFont(bold || header ? boldFont : cellFont);
        p.setPen(Ink);
        const QFontMetricsF metrics(bold || header ? boldFont : cellFont);
        double x = x0;
        for (int c = 0; c < columns; ++c) {
            const bool numeric = !header && c < shared->numericColumns.size() && shared->numericColumns.at(c);
            const QRectF cell(x + 5, y, widths.at(c) - 10, h);
            const Qt::Alignment align = (numeric || (header && c > 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(cell, align, metrics.elidedText(values.value(c), Qt::ElideRight, cell.width()));
            x += widths.at(c);
        }
        p.setPen(QPen(header ? Accent : Rule, header ? 0.8 : 0.4));
        p.drawLine(QPointF(x0, y + h), QPointF(x0 + total, y + h));
    };
    auto startOnPage = [&](bool continued) {
        const double y = m_y;
        const QString title = continued ? tr("%1 (continued)").arg(table.title) : table.title;
        m_pages.last().ops << [=](QPainter &p) {
            p.setFont(titleFont);
            p.setPen(Ink);
            p.drawText(QRectF(x0, y, total, TableTitleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
            cells(p, y + TableTitleHeight, HeaderRowHeight, shared->header, true, true);
        };
        m_y += TableTitleHeight + HeaderRowHeight;
    };

    ensureSpace(TableTitleHeight + HeaderRowHeight + RowHeight * std::min<qsizetype>(3, table.rows.size()));
    startOnPage(false);
    for (int r = 0; r < table.rows.size(); ++r) {
        if (!fits(RowHeight)) {
            newPage();
            startOnPage(true);
        }
        const double y = m_y;
        const QStringList row = table.rows.at(r);
        const bool bold = table.lastRowIsTotal && r == table.rows.size() - 1;
        m_pages.last().ops << [=](QPainter &p) { cells(p, y, RowHeight, row, false, bold); };
        m_y += RowHeight;
    }
    m_y += 10;
}

int ReportRenderer::pageCount()
{
    layout();
    return int(m_pages.size());
}

int ReportRenderer::render(QPagedPaintDevice *device)
{
    layout();
    QPainter p;
    if (!p.begin(device))
        throw Error(ErrorKind::Io, tr("The report could not be painted (the printer or file is not ready)."));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double scale = device->logicalDpiX() / 72.0;
    const int pages = int(m_pages.size());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        p.save();
        p.scale(scale, scale);
        paintHeader(p);
        for (const Op &op : m_pages.at(i).ops)
            op(p);
        paintFooter(p, i + 1, pages);
        p.restore();
    }
    p.end();
    return pages;
}

int ReportRenderer::writePdf(const ReportModel &model, const QString &path, QPageLayout::Orientation orientation)
{
    const QString part = path + QStringLiteral(".part");
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    int pages = 0;
    try {
        QPdfWriter writer(part);
        writer.setPageLayout(pageLayout(orientation));
        writer.setResolution(300);
        writer.setTitle(model.title);
        writer.setCreator(QStringLiteral("CreditLoop"));
        pages = ReportRenderer(model, orientation).render(&writer);
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return pages;
}

} // namespace cl
