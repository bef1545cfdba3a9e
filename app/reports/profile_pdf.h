// Renders filled profile layouts into one PDF through QPdfWriter, page by page with
// QgsLayoutExporter::renderPage, so several wijken (and a table of contents) share a file.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;
class QgsLayout;

namespace wijk::exports {
struct Provenance;
}

namespace wijk::reports {

class ProfilePdf
{
public:
    //! Writes A4 pages to device (an OutputFile, which the caller commits after finish()).
    ProfilePdf(QIODevice *device, const QString &title, const exports::Provenance &provenance);
    ~ProfilePdf();
    bool isOpen() const;
    //! Renders every page of layout after the pages written so far.
    void addLayout(QgsLayout *layout);
    //! Draws a table of contents page: entries "name" with their first page number.
    void addContents(const QString &heading, const QString &subtitle,
                     const QList<QPair<QString, int>> &entries, const QString &footer);
    //! Pages written so far.
    int pageCount() const { return mPages; }
    //! Finishes the file; false when writing failed.
    [[nodiscard]] bool finish();

private:
    void nextPage();

    std::unique_ptr<QPdfWriter> mWriter;
    std::unique_ptr<QPainter> mPainter;
    int mPages = 0;
};

//! Entries per table-of-contents page.
constexpr int kContentsPerPage = 34;

} // namespace wijk::reports
