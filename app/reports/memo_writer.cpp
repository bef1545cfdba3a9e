#include "reports/memo_writer.h"

#include <QImage>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <algorithm>

namespace wijk::reports {

MemoWriter::MemoWriter(QTextDocument *document) : mCursor(document) {}

void MemoWriter::heading(const QString &text, int level, bool newPage)
{
    QTextBlockFormat block;
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 14);
    block.setBottomMargin(4);
    QTextCharFormat chars;
    chars.setFontPointSize(level == 1 ? 20 : 13);
    chars.setFontWeight(QFont::Bold);
    chars.setForeground(kInk);
    insertBlock(block, chars, text);
}

void MemoWriter::paragraph(const QString &text, double points, const QColor &colour, bool italic)
{
    QTextBlockFormat block;
    block.setBottomMargin(6);
    block.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat chars;
    chars.setFontPointSize(points);
    chars.setForeground(colour);
    chars.setFontItalic(italic);
    insertBlock(block, chars, text);
}

void MemoWriter::bullet(const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(3);
    QTextCharFormat chars;
    chars.setFontFamily(kFamily);
    chars.setFontPointSize(10);
    chars.setForeground(kInk);
    insertBlock(block, chars, QString());
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    mCursor.createList(list);
    mCursor.insertText(text, chars);
}

void MemoWriter::table(const QStringList &headers, const QList<QStringList> &rows,
                       const QVector<QTextLength> &widths, const QList<int> &rightAligned)
{
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0xa6, 0xa6, 0xa6));
    format.setCellSpacing(0);
    format.setCellPadding(3);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(1);
    format.setTopMargin(2);
    format.setBottomMargin(8);
    QTextTable *table = mCursor.insertTable(int(rows.size()) + 1, headers.size(), format);
    for (int r = 0; r <= rows.size(); ++r) {
        const QStringList &cells = r == 0 ? headers : rows[r - 1];
        for (int c = 0; c < headers.size(); ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextCharFormat cellFormat = cell.format();
            if (r == 0 || r % 2 == 0)
                cellFormat.setBackground(r == 0 ? QColor(0xd9, 0xd9, 0xd9) : kBand);
            cell.setFormat(cellFormat);
            QTextCursor at = cell.firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
            at.setBlockFormat(block);
            QTextCharFormat chars;
            chars.setFontFamily(kFamily);
            chars.setFontPointSize(8.5);
            chars.setForeground(kInk);
            chars.setFontWeight(r == 0 ? QFont::Bold : QFont::Normal);
            at.insertText(c < cells.size() ? cells[c] : QString(), chars);
        }
    }
    mCursor.movePosition(QTextCursor::End);
}

void MemoWriter::image(QTextDocument *document, const QImage &image, const QString &name,
                       double widthPt)
{
    document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(6);
    insertBlock(block, QTextCharFormat(), QString());
    QTextImageFormat format;
    format.setName(name);
    format.setWidth(widthPt);
    format.setHeight(widthPt * image.height() / std::max(1, image.width()));
    mCursor.insertImage(format);
}

void MemoWriter::insertBlock(const QTextBlockFormat &block, QTextCharFormat chars,
                             const QString &text)
{
    chars.setFontFamily(kFamily);
    if (mFirst) {
        mCursor.setBlockFormat(block);
        mCursor.setBlockCharFormat(chars);
        mFirst = false;
    } else {
        mCursor.insertBlock(block, chars);
    }
    if (!text.isEmpty())
        mCursor.insertText(text, chars);
}

} // namespace wijk::reports
