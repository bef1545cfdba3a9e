#include "reports/profile_pdf.h"

#include "export/export_table.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutpagecollection.h>

namespace wijk::reports {

namespace {
constexpr int kDpi = 300;

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
} // namespace

ProfilePdf::ProfilePdf(QIODevice *device, const QString &title,
                       const exports::Provenance &provenance)
{
    mWriter = std::make_unique<QPdfWriter>(device);
    mWriter->setResolution(kDpi);
    mWriter->setPageSize(QPageSize(QPageSize::A4));
    mWriter->setPageMargins(QMarginsF(0, 0, 0, 0));
    mWriter->setTitle(title);
    mWriter->setCreator(QStringLiteral("Wijkmonitor Workbench %1 (extract %2)")
                            .arg(provenance.version, provenance.extractId));
}

ProfilePdf::~ProfilePdf()
{
    if (mPainter && mPainter->isActive())
        mPainter->end();
}

bool ProfilePdf::isOpen() const
{
    return mWriter != nullptr;
}

void ProfilePdf::nextPage()
{
    if (!mPainter) {
        mPainter = std::make_unique<QPainter>();
        mPainter->begin(mWriter.get());
    } else {
        mWriter->newPage();
    }
    ++mPages;
}

void ProfilePdf::addLayout(QgsLayout *layout)
{
    QgsLayoutExporter exporter(layout);
    for (int page = 0; page < layout->pageCollection()->pageCount(); ++page) {
        nextPage();
        mPainter->save();
        exporter.renderPage(mPainter.get(), page);
        mPainter->restore();
    }
}

void ProfilePdf::addContents(const QString &heading, const QString &subtitle,
                             const QList<QPair<QString, int>> &entries, const QString &footer)
{
    for (int start = 0; start == 0 || start < entries.size(); start += kContentsPerPage) {
        nextPage();
        QPainter &p = *mPainter;
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.setFont(font(20, true));
        p.drawText(QRectF(mm(15), mm(14), mm(180), mm(12)), Qt::AlignLeft | Qt::AlignTop, heading);
        p.setFont(font(8.5));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(mm(15), mm(27), mm(180), mm(6)), Qt::AlignLeft | Qt::AlignTop, subtitle);
        p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), mm(0.6)));
        p.drawLine(QPointF(mm(15), mm(36.5)), QPointF(mm(195), mm(36.5)));
        p.setFont(font(11, true));
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QRectF(mm(15), mm(42), mm(180), mm(7)), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("Inhoud"));
        p.setFont(font(9.5));
        double y = mm(52);
        for (int k = start; k < entries.size() && k < start + kContentsPerPage; ++k) {
            const QRectF row(mm(15), y, mm(180), mm(6.5));
            p.setPen(QPen(QColor(0xbf, 0xbf, 0xbf), mm(0.15), Qt::DotLine));
            p.drawLine(QPointF(mm(15), y + mm(5.6)), QPointF(mm(195), y + mm(5.6)));
            p.setPen(QColor(0x1a, 0x1a, 0x1a));
            p.drawText(row, Qt::AlignLeft | Qt::AlignTop, entries[k].first);
            p.drawText(row, Qt::AlignRight | Qt::AlignTop, QString::number(entries[k].second));
            y += mm(6.5);
        }
        p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), mm(0.2)));
        p.drawLine(QPointF(mm(15), mm(279)), QPointF(mm(195), mm(279)));
        p.setFont(font(6.5));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(mm(15), mm(281), mm(180), mm(12)), Qt::AlignLeft | Qt::AlignTop, footer);
        if (entries.isEmpty())
            break;
    }
}

bool ProfilePdf::finish()
{
    if (!mPainter)
        nextPage(); // a PDF needs at least one page
    return mPainter->end();
}

} // namespace wijk::reports
