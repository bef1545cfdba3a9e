#include "reports/table_row_style.h"

#include <QColor>
#include <QFont>

namespace wijk::reports {

void styleTableRow(QgsTableRow &row, int index, bool bold, const QgsTextFormat &contentFormat)
{
    const QColor band = index % 2 ? QColor(0xf0, 0xf0, 0xf0) : QColor(255, 255, 255);
    QgsTextFormat boldFormat = contentFormat;
    QFont font = boldFormat.font();
    font.setBold(true);
    boldFormat.setFont(font);
    for (QgsTableCell &cell : row) {
        cell.setBackgroundColor(band);
        if (bold)
            cell.setTextFormat(boldFormat);
    }
}

} // namespace wijk::reports
