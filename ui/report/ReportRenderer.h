#pragma once

#include "report/ReportModel.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace cl {

// Paints a ReportModel on A4 pages (portrait or landscape) with QPainter: the print preview, the
// printer and PDF share it. Every page has the header (office name, title, filters, generation
// time) and the footer "第 N 页 / 共 M 页"; charts are vector drawings; a table that runs over a
// page starts again with its header row. Coordinates are points (1/72 inch); the painter is
// scaled to the device's resolution.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(ReportModel model, QPageLayout::Orientation orientation = QPageLayout::Portrait);

    // Lays the report out and paints every page on a device already set to A4 (printer or
    // PDF writer). Returns the number of pages.
    int render(QPagedPaintDevice *device);
    // The number of pages the report takes, without painting.
    int pageCount();

    // The PDF file, written whole or not at all (a ".part" file renamed); returns the page count.
    // Throws cl::Error (Io).
    static int writePdf(const ReportModel &model, const QString &path, QPageLayout::Orientation orientation);
    // A4 with no device margins: the renderer draws its own.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);

private:
    using Op = std::function<void(QPainter &)>;
    struct Page
    {
        QList<Op> ops;
    };

    void layout();
    void newPage();
    bool fits(double height) const;
    void ensureSpace(double height);
    void addSection(const ReportSection &section);
    void addChart(const ReportChart &chart);
    void addTable(const ReportTable &table);
    double headerHeight() const;
    void paintHeader(QPainter &p) const;
    void paintFooter(QPainter &p, int page, int pages) const;
    QFont font(double pixelSize, bool bold = false) const;

    ReportModel m_model;
    QPageLayout::Orientation m_orientation;
    QSizeF m_page;       // points
    QRectF m_body;       // between header and footer
    double m_y = 0;
    QList<Page> m_pages;
    bool m_laidOut = false;
};

} // namespace cl
