#include "gui/team_workspace_dialog.h"

#include "workspace/pg_location.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>

namespace wijk::gui {

namespace {
constexpr int kDefaultPort = 5432;

//! A libpq keyword value, quoted when it must be.
QString keywordValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) &&
        !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool hasKeyword(const QString &location, const QString &key)
{
    if (location.startsWith(QLatin1String("postgres")))
        return QUrlQuery(QUrl(location)).hasQueryItem(key);
    return location.contains(QRegularExpression(QStringLiteral("(^|\\s)%1\\s*=").arg(key)));
}

QString withKeyword(const QString &location, const QString &key, const QString &value)
{
    if (value.isEmpty() || hasKeyword(location, key))
        return location;
    if (location.startsWith(QLatin1String("postgres"))) {
        QUrl url(location);
        QUrlQuery query(url);
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }
    return location + QLatin1Char(' ') + key + QLatin1Char('=') + keywordValue(value);
}
} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(const QString &previous, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamWorkspaceDialog"));
    setWindowTitle(tr("Open team workspace"));
    mWay = new QComboBox(this);
    mWay->setObjectName(QStringLiteral("teamWay"));
    mWay->addItem(tr("Server"), int(Way::Server));
    mWay->addItem(tr("Service (pg_service.conf)"), int(Way::Service));
    mWay->addItem(tr("URI or connection keywords"), int(Way::Location));

    mHost = new QLineEdit(this);
    mHost->setObjectName(QStringLiteral("teamHost"));
    mHost->setPlaceholderText(QStringLiteral("db.gemeente.nl"));
    mPort = new QSpinBox(this);
    mPort->setRange(1, 65535);
    mPort->setValue(kDefaultPort);
    mDatabase = new QLineEdit(this);
    mDatabase->setObjectName(QStringLiteral("teamDatabase"));
    mDatabase->setPlaceholderText(QStringLiteral("wijkmonitor"));
    mUser = new QLineEdit(this);
    mUser->setObjectName(QStringLiteral("teamUser"));
    mUser->setPlaceholderText(tr("(your login name)"));
    mService = new QLineEdit(this);
    mService->setObjectName(QStringLiteral("teamService"));
    mService->setPlaceholderText(QStringLiteral("wijkmonitor"));
    mTyped = new QLineEdit(this);
    mTyped->setObjectName(QStringLiteral("teamLocation"));
    mTyped->setPlaceholderText(
        QStringLiteral("postgresql://anna@db.gemeente.nl:5432/wijkmonitor?schema=wijkmonitor"));
    mTyped->setMinimumWidth(420);

    mSchema = new QLineEdit(this);
    mSchema->setObjectName(QStringLiteral("teamSchema"));
    mSchema->setText(QString::fromLatin1(workspace::kDefaultPgSchema));
    mAuthConfig = new QComboBox(this);
    mAuthConfig->setObjectName(QStringLiteral("teamAuthConfig"));
    fillAuthConfigs();

    auto *hint = new QLabel(
        tr("The password comes from the chosen QGIS login, or else from ~/.pgpass, PGPASSWORD "
           "or the service file. The workbench never stores a password."),
        this);
    hint->setWordWrap(true);
    mPreview = new QLabel(this);
    mPreview->setObjectName(QStringLiteral("teamPreview"));
    mPreview->setWordWrap(true);
    mPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One form, so every field lines up; the rows of the other ways are hidden.
    mForm = new QFormLayout;
    QFormLayout *form = mForm;
    form->addRow(tr("Connect with:"), mWay);
    form->addRow(tr("Host:"), mHost);
    form->addRow(tr("Port:"), mPort);
    form->addRow(tr("Database:"), mDatabase);
    form->addRow(tr("User name:"), mUser);
    form->addRow(tr("Service:"), mService);
    form->addRow(tr("Location:"), mTyped);
    form->addRow(tr("Schema:"), mSchema);
    form->addRow(tr("QGIS login (authcfg):"), mAuthConfig);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(mPreview);
    layout->addWidget(buttons);

    connect(mWay, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TeamWorkspaceDialog::showRowsOfWay);
    for (QLineEdit *edit : {mHost, mDatabase, mUser, mService, mTyped, mSchema})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updatePreview);
    connect(mPort, QOverload<int>::of(&QSpinBox::valueChanged), this,
            &TeamWorkspaceDialog::updatePreview);
    connect(mWay, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TeamWorkspaceDialog::updatePreview);
    connect(mAuthConfig, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &TeamWorkspaceDialog::updatePreview);
    mOk = buttons->button(QDialogButtonBox::Ok);
    fillFrom(previous);
    showRowsOfWay();
    updatePreview();
}

void TeamWorkspaceDialog::showRowsOfWay()
{
    const Way way = Way(mWay->currentData().toInt());
    const std::pair<QWidget *, bool> rows[] = {
        {mHost, way == Way::Server},     {mPort, way == Way::Server},
        {mDatabase, way == Way::Server}, {mUser, way == Way::Server},
        {mService, way == Way::Service}, {mTyped, way == Way::Location}};
    for (const auto &[field, shown] : rows) {
        field->setVisible(shown);
        if (QWidget *label = mForm->labelForField(field))
            label->setVisible(shown);
    }
    adjustSize();
}

void TeamWorkspaceDialog::fillAuthConfigs()
{
    mAuthConfig->clear();
    mAuthConfig->addItem(tr("None: libpq finds the password"), QString());
    QgsAuthManager *manager = QgsApplication::authManager();
    if (!manager || manager->isDisabled()) {
        mAuthConfig->setEnabled(false);
        return;
    }
    // Listing the configurations needs no master password; reading one does (on Open).
    const QgsAuthMethodConfigsMap configs = manager->availableAuthMethodConfigs();
    for (auto it = configs.cbegin(); it != configs.cend(); ++it)
        mAuthConfig->addItem(QStringLiteral("%1 (%2)").arg(it.value().name(), it.key()), it.key());
}

bool TeamWorkspaceDialog::setAuthConfig(const QString &id)
{
    const int index = mAuthConfig->findData(id);
    if (index < 0)
        return false;
    mAuthConfig->setCurrentIndex(index);
    return true;
}

void TeamWorkspaceDialog::setWay(Way way)
{
    mWay->setCurrentIndex(mWay->findData(int(way)));
}

void TeamWorkspaceDialog::setServer(const QString &host, int port, const QString &database,
                                    const QString &user)
{
    mHost->setText(host);
    mPort->setValue(port > 0 ? port : kDefaultPort);
    mDatabase->setText(database);
    mUser->setText(user);
}

void TeamWorkspaceDialog::setService(const QString &service)
{
    mService->setText(service);
}

void TeamWorkspaceDialog::setTypedLocation(const QString &location)
{
    mTyped->setText(location);
}

void TeamWorkspaceDialog::setSchema(const QString &schema)
{
    mSchema->setText(schema);
}

void TeamWorkspaceDialog::fillFrom(const QString &previous)
{
    if (!workspace::isPgLocation(previous))
        return;
    const workspace::PgLocation where = workspace::parsePgLocation(previous);
    mSchema->setText(where.schema);
    setAuthConfig(where.authConfig);
    // What libpq gets, without the password and the fields of the dialog's own.
    const QString libpq =
        workspace::parsePgLocation(workspace::pgLocationWithoutPassword(previous)).conninfo;
    if (libpq.startsWith(QLatin1String("postgres"))) {
        const QUrl url(libpq);
        if (QUrlQuery(url).isEmpty() && !url.host().isEmpty()) {
            setServer(url.host(), url.port(kDefaultPort), url.path(QUrl::FullyDecoded).mid(1),
                      url.userName(QUrl::FullyDecoded));
            setWay(Way::Server);
            return;
        }
    } else if (libpq.startsWith(QLatin1String("service=")) && !libpq.contains(QLatin1Char(' '))) {
        setService(libpq.mid(8));
        setWay(Way::Service);
        return;
    }
    // Anything else as typed.
    setTypedLocation(libpq);
    setWay(Way::Location);
}

QString TeamWorkspaceDialog::location() const
{
    const QString schema = mSchema->text().trimmed();
    const QString authConfig = mAuthConfig->currentData().toString();
    QString location;
    switch (Way(mWay->currentData().toInt())) {
    case Way::Server: {
        if (mHost->text().trimmed().isEmpty() || mDatabase->text().trimmed().isEmpty())
            return QString();
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(mHost->text().trimmed());
        url.setPort(mPort->value());
        url.setPath(QLatin1Char('/') + mDatabase->text().trimmed(), QUrl::DecodedMode);
        if (!mUser->text().trimmed().isEmpty())
            url.setUserName(mUser->text().trimmed(), QUrl::DecodedMode);
        location = url.toString(QUrl::FullyEncoded);
        break;
    }
    case Way::Service:
        if (mService->text().trimmed().isEmpty())
            return QString();
        location = QStringLiteral("service=") + keywordValue(mService->text().trimmed());
        break;
    case Way::Location:
        location = mTyped->text().trimmed();
        if (!workspace::isPgLocation(location))
            return QString();
        break;
    }
    location = withKeyword(location, QStringLiteral("schema"), schema);
    return withKeyword(location, QStringLiteral("authcfg"), authConfig);
}

void TeamWorkspaceDialog::updatePreview()
{
    const QString chosen = location();
    mOk->setEnabled(!chosen.isEmpty());
    if (chosen.isEmpty()) {
        mPreview->setText(mWay->currentData().toInt() == int(Way::Location) &&
                                  !mTyped->text().trimmed().isEmpty()
                              ? tr("A location starts with postgresql://, service=, host= or "
                                   "dbname=.")
                              : QString());
        return;
    }
    mPreview->setText(tr("Opens %1").arg(workspace::parsePgLocation(chosen).display));
}

} // namespace wijk::gui
