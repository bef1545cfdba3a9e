// Writing the memo's blocks into a QTextDocument: headings with heading levels (outline in
// the .odt), paragraphs, bullets, banded tables and images kept as document resources, in
// formats that both QTextDocument::print (PDF) and Qt's ODF writer carry over.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextLength>
#include <QVector>

class QImage;
class QTextDocument;

namespace wijk::reports {

inline const QColor kInk(0x1a, 0x1a, 0x1a);
inline const QColor kGrey(0x59, 0x59, 0x59);
inline const QColor kBand(0xf0, 0xf0, 0xf0);
// Named in the .odt: Word and LibreOffice know Arial (or substitute it metrically); for the
// PDF, fontconfig picks the closest installed sans (DejaVu Sans on Debian).
inline const QString kFamily = QStringLiteral("Arial");

class MemoWriter
{
public:
    explicit MemoWriter(QTextDocument *document);

    //! A heading of level 1 (title) or 2 (section), on a new page when asked.
    void heading(const QString &text, int level, bool newPage = false);
    void paragraph(const QString &text, double points = 10, const QColor &colour = kInk,
                   bool italic = false);
    void bullet(const QString &text);
    //! A banded table: headers in bold on grey, every other row shaded; widths per column.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QVector<QTextLength> &widths, const QList<int> &rightAligned = {});
    //! The image as a resource of document under name, centred, widthPt points wide.
    void image(QTextDocument *document, const QImage &image, const QString &name, double widthPt);

private:
    void insertBlock(const QTextBlockFormat &block, QTextCharFormat chars, const QString &text);

    QTextCursor mCursor;
    bool mFirst = true;
};

} // namespace wijk::reports
