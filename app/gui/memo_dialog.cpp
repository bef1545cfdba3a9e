#include "gui/memo_dialog.h"

#include "engine/region_focus.h"
#include "gui/output_path_field.h"
#include "gui/report_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wijk::gui {

namespace {
constexpr int kRegionRole = Qt::UserRole + 1;
constexpr int kIndicatorRole = Qt::UserRole + 2;
constexpr int kPreviewWidth = 380;
} // namespace

MemoDialog::MemoDialog(const reports::ReportData &data, const reports::MemoOptions &basket,
                       QWidget *parent)
    : QDialog(parent), mData(data), mFocus(basket.focus)
{
    setObjectName(QStringLiteral("memoDialog"));
    setWindowTitle(tr("Council memo"));
    const engine::Dataset &dataset = data.dataset();

    mTheme = new QComboBox(this);
    mTheme->setObjectName(QStringLiteral("memoTheme"));
    mTheme->addItem(tr("All themes"), QString());
    for (const QString &theme : reports::catalogueThemes(dataset))
        mTheme->addItem(theme, theme);
    const int themeIndex = mTheme->findData(basket.theme);
    mTheme->setCurrentIndex(themeIndex < 0 ? 0 : themeIndex);

    // The basket: every signal a memo can carry, the basket's ticked on top in its order,
    // then the others in the engine's order (unfavourable first).
    mSignals = new QListWidget(this);
    mSignals->setObjectName(QStringLiteral("memoSignals"));
    std::vector<const engine::Signal *> candidates;
    // The window's focus: its wijken's signals only, as the memo made from it.
    const engine::RegionFocus focus(dataset, mFocus);
    for (const engine::Signal &signal : data.levelSignals(RegionLevel::Wijk))
        if (!signal.smallNumbers && signal.assessment != engine::SignalAssessment::Neutral &&
            focus.contains(signal.region))
            candidates.push_back(&signal);
    auto addItem = [this, &dataset](const engine::Signal &signal, bool ticked) {
        const QString region = dataset.region(signal.region).code;
        const QString indicator = dataset.indicator(signal.indicator).code;
        for (int row = 0; row < mSignals->count(); ++row)
            if (mSignals->item(row)->data(kRegionRole).toString() == region &&
                mSignals->item(row)->data(kIndicatorRole).toString() == indicator)
                return;
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2: %3")
                                             .arg(dataset.region(signal.region).name,
                                                  dataset.indicator(signal.indicator).name,
                                                  signal.explanation),
                                         mSignals);
        item->setData(kRegionRole, region);
        item->setData(kIndicatorRole, indicator);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(signal.explanation);
    };
    for (const engine::Signal *signal : reports::memoLeadSignals(data, basket))
        if (!basket.basket.empty())
            addItem(*signal, true);
    for (const engine::Signal *signal : candidates)
        addItem(*signal, false);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *order = new QVBoxLayout;
    order->addWidget(up);
    order->addWidget(down);
    order->addStretch();
    auto *basketRow = new QHBoxLayout;
    basketRow->addWidget(mSignals, 1);
    basketRow->addLayout(order);

    mOpening = new QPlainTextEdit(this);
    mOpening->setObjectName(QStringLiteral("memoOpening"));
    mOpening->setPlaceholderText(tr("Your opening paragraph (optional)"));
    mOpening->setPlainText(basket.opening);
    mOpening->setMaximumHeight(90);

    mPdf = new QCheckBox(tr("PDF"), this);
    mOdt = new QCheckBox(tr("ODT (to edit in Word or LibreOffice)"), this);
    mPdf->setChecked(true);
    auto *formats = new QHBoxLayout;
    formats->addWidget(mPdf);
    formats->addWidget(mOdt);
    formats->addStretch();
    mPath = new OutputPathField(this);
    mPath->setFilter(tr("PDF (*.pdf)"));
    mPath->setPath(QDir(ReportSettings::outputFolder())
                       .filePath(ReportSettings::memoFileName(
                           data.municipalityName(mFocus), data.lastYear(), QStringLiteral("pdf"))));

    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("memoSummary"));
    mSummary->setWordWrap(true);
    mPreview = new QLabel(this);
    mPreview->setObjectName(QStringLiteral("memoPreview"));
    mPreview->setFixedWidth(kPreviewWidth);
    mPreview->setMinimumHeight(kPreviewWidth * 297 / 210);
    mPreview->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    mPreview->setFrameShape(QFrame::StyledPanel);
    auto *refresh = new QPushButton(tr("Update preview"), this);
    connect(refresh, &QPushButton::clicked, this, &MemoDialog::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(tr("Theme:"), mTheme);
    form->addRow(tr("Signals (tick and order):"), basketRow);
    form->addRow(tr("Opening:"), mOpening);
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("Save to:"), mPath);
    form->addRow(QString(), mSummary);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(mPreview);
    previewColumn->addWidget(refresh);
    previewColumn->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(mSignals, &QListWidget::itemChanged, this, &MemoDialog::updateSummary);
    connect(mTheme, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &MemoDialog::updateSummary);
    updateSummary();
}

reports::MemoOptions MemoDialog::options() const
{
    reports::MemoOptions options;
    options.theme = mTheme->currentData().toString();
    options.focus = mFocus;
    options.opening = mOpening->toPlainText();
    for (int row = 0; row < mSignals->count(); ++row) {
        const QListWidgetItem *item = mSignals->item(row);
        if (item->checkState() == Qt::Checked)
            options.basket.push_back(
                {item->data(kRegionRole).toString(), item->data(kIndicatorRole).toString()});
    }
    return options;
}

QStringList MemoDialog::outputs() const
{
    const QFileInfo info(mPath->path());
    const QString base = info.dir().filePath(
        info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ||
                info.suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0
            ? info.completeBaseName()
            : info.fileName());
    QStringList files;
    if (mPdf->isChecked())
        files << base + QStringLiteral(".pdf");
    if (mOdt->isChecked())
        files << base + QStringLiteral(".odt");
    return files;
}

void MemoDialog::moveCurrent(int step)
{
    const int row = mSignals->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= mSignals->count())
        return;
    QListWidgetItem *item = mSignals->takeItem(row);
    mSignals->insertItem(target, item);
    mSignals->setCurrentRow(target);
    updateSummary();
}

void MemoDialog::updateSummary()
{
    const reports::MemoOptions chosen = options();
    const std::vector<const engine::Signal *> lead = reports::memoLeadSignals(mData, chosen);
    QStringList themes;
    for (const engine::Signal *signal : lead) {
        const QString theme = mData.dataset().indicator(signal->indicator).theme;
        if (!themes.contains(theme))
            themes << theme;
    }
    const QString period = QStringLiteral("%1–%2").arg(mData.firstYear()).arg(mData.lastYear());
    mSummary->setText(
        (chosen.basket.empty()
             ? tr("No signals ticked: the memo leads with the %n unfavourable signal(s)", nullptr,
                  int(lead.size()))
             : tr("%n chosen signal(s)", nullptr, int(lead.size()))) +
        QStringLiteral(" · ") +
        tr("themes: %1").arg(themes.isEmpty() ? tr("none") : themes.join(QStringLiteral(", "))) +
        QStringLiteral(" · ") + tr("period %1").arg(period));
}

void MemoDialog::updatePreview()
{
    QString error;
    mPreviewImage = reports::memoFirstPage(mData, options(), kPreviewWidth, &error);
    if (mPreviewImage.isNull()) {
        mPreview->setText(error);
        return;
    }
    mPreview->setPixmap(QPixmap::fromImage(mPreviewImage));
}

void MemoDialog::accept()
{
    const QStringList files = outputs();
    if (files.isEmpty() || !OutputPathField::confirmOverwrite(this, files))
        return;
    QDialog::accept();
}

} // namespace wijk::gui
