#include "integrations/WebhooksPanel.h"

#include "WebhookEvents.h"
#include "WebhookModels.h"
#include "api/ApiError.h"
#include "common/TableSelection.h"
#include "common/UserPrompts.h"
#include "integrations/WebhookFeed.h"

#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

WebhooksPanel::WebhooksPanel(WebhookFeed *feed, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_prompts(prompts)
    , m_endpointModel(new WebhookEndpointModel(this))
    , m_deliveryModel(new WebhookDeliveryModel(this))
    , m_heading(new QLabel(this))
    , m_endpointView(new QTableView(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_eventsLabel(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_enabled(new QCheckBox(this))
    , m_create(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_secretBox(new QWidget(this))
    , m_secretLabel(new QLabel(m_secretBox))
    , m_secret(new QLineEdit(m_secretBox))
    , m_copy(new QPushButton(m_secretBox))
    , m_deliveriesLabel(new QLabel(this))
    , m_deliveryView(new QTableView(this))
    , m_redeliver(new QPushButton(this))
{
    setObjectName(u"webhooksPanel"_s);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_endpointView);
    m_endpointView->setObjectName(u"webhookEndpoints"_s);
    m_endpointView->setModel(m_endpointModel);
    setUpRowTable(m_endpointView);
    m_endpointView->horizontalHeader()->setStretchLastSection(true);
    m_endpointView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_url->setObjectName(u"webhookUrl"_s);
    m_url->setPlaceholderText(u"https://example.com/hooks"_s);
    m_urlLabel->setBuddy(m_url);
    m_events->setObjectName(u"webhookEvents"_s);
    m_events->setMaximumHeight(120);
    m_eventsLabel->setBuddy(m_events);
    for (const QString &type : webhooks::eventTypes()) {
        auto *item = new QListWidgetItem(type, m_events);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_enabled->setObjectName(u"webhookEnabled"_s);
    m_enabled->setChecked(true);
    m_create->setObjectName(u"webhookCreate"_s);
    m_save->setObjectName(u"webhookSave"_s);
    m_test->setObjectName(u"webhookTest"_s);
    m_delete->setObjectName(u"webhookDelete"_s);
    m_message->setObjectName(u"webhookMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_secretBox->setObjectName(u"webhookSecretBox"_s);
    m_secret->setObjectName(u"webhookSecret"_s);
    m_secret->setReadOnly(true);
    m_secretLabel->setWordWrap(true);
    m_secretLabel->setBuddy(m_secret);
    m_copy->setObjectName(u"webhookCopySecret"_s);
    m_secretBox->hide();
    m_deliveriesLabel->setBuddy(m_deliveryView);
    m_deliveryView->setObjectName(u"webhookDeliveries"_s);
    m_deliveryView->setModel(m_deliveryModel);
    setUpRowTable(m_deliveryView);
    m_deliveryView->horizontalHeader()->setStretchLastSection(true);
    m_deliveryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_redeliver->setObjectName(u"webhookRedeliver"_s);

    auto *secretLayout = new QHBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretLabel);
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_eventsLabel, m_events);
    form->addRow(QString(), m_enabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_create);
    auto *redeliver = new QHBoxLayout;
    redeliver->addStretch(1);
    redeliver->addWidget(m_redeliver);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_endpointView, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_secretBox);
    layout->addWidget(m_deliveriesLabel);
    layout->addWidget(m_deliveryView, 1);
    layout->addLayout(redeliver);

    connect(m_endpointView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showChosen(); });
    connect(m_deliveryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateButtons(); });
    connect(m_url, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_events, &QListWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_secretBox->hide();
        m_feed->create(m_url->text(), checkedEvents(), m_enabled->isChecked());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const webhooks::Endpoint *endpoint = chosen())
            m_feed->update(*endpoint, m_url->text(), checkedEvents(), m_enabled->isChecked());
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (const webhooks::Endpoint *endpoint = chosen())
            m_feed->sendTest(*endpoint);
    });
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPanel::askDelete);
    connect(m_redeliver, &QPushButton::clicked, this, [this] {
        const webhooks::Endpoint *endpoint = chosen();
        const QModelIndex current = m_deliveryView->currentIndex();
        if (endpoint && current.isValid())
            m_feed->redeliver(*endpoint, m_deliveryModel->item(current.row()).id);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        Q_EMIT statusMessage(tr("The signing secret is on the clipboard."));
    });
    connect(m_feed, &WebhookFeed::endpointsLoaded, this,
            [this](const QList<webhooks::Endpoint> &endpoints) {
                const webhooks::Endpoint *before = chosen();
                const QString keep
                    = m_pendingSelection.isEmpty() && before ? before->id : m_pendingSelection;
                m_endpointModel->setItems(endpoints);
                const int row = m_endpointModel->rowOf(keep);
                if (row >= 0) {
                    m_pendingSelection.clear();
                    m_endpointView->selectRow(row);
                } else {
                    showChosen();
                }
                updateButtons();
            });
    connect(m_feed, &WebhookFeed::deliveriesLoaded, this,
            [this](const QString &endpointId, const QList<webhooks::Delivery> &deliveries) {
                const webhooks::Endpoint *endpoint = chosen();
                if (!endpoint || endpoint->id != endpointId)
                    return;
                const QModelIndex current = m_deliveryView->currentIndex();
                const QString keep
                    = current.isValid() ? m_deliveryModel->item(current.row()).id : QString();
                m_deliveryModel->setItems(deliveries);
                if (!deliveries.isEmpty()) // newest first
                    m_endpointModel->noteNewestDelivery(deliveries.constFirst());
                if (const int row = m_deliveryModel->rowOf(keep); row >= 0)
                    m_deliveryView->selectRow(row);
                updateButtons();
            });
    connect(m_feed, &WebhookFeed::created, this,
            [this](const webhooks::Endpoint &endpoint, const QString &secret) {
                m_pendingSelection = endpoint.id;
                m_secret->setText(secret);
                m_secretBox->show();
                showMessage(tr("The endpoint is added. Copy its signing secret now: it is shown "
                               "only this once."));
                Q_EMIT statusMessage(m_message->text());
            });
    connect(m_feed, &WebhookFeed::updated, this,
            [this] { showMessage(tr("The endpoint is saved.")); });
    connect(m_feed, &WebhookFeed::removed, this, [this] {
        showMessage(tr("The endpoint is deleted."));
        Q_EMIT statusMessage(m_message->text());
    });
    connect(m_feed, &WebhookFeed::queued, this, [this](const webhooks::Delivery &delivery) {
        showMessage(tr("A %1 delivery is queued; it appears below.").arg(delivery.eventType));
    });
    connect(m_feed, &WebhookFeed::actionFailed, this, &WebhooksPanel::onFailed);
    connect(m_feed, &WebhookFeed::busyChanged, this,
            [this](int busy) { setCursor(busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor); });
    retranslate();
    updateButtons();
}

void WebhooksPanel::setOrganization(const QString &organizationId)
{
    if (organizationId == m_feed->organizationId())
        return;
    m_endpointModel->setItems({});
    m_deliveryModel->setItems({});
    m_deliveriesOf.clear();
    m_secretBox->hide();
    m_secret->clear();
    m_message->hide();
    m_feed->open(organizationId);
}

void WebhooksPanel::setWritable(bool mayManage)
{
    m_mayManage = mayManage;
    m_create->setVisible(mayManage);
    m_save->setVisible(mayManage);
    m_delete->setVisible(mayManage);
    retranslate();
    updateButtons();
}

const webhooks::Endpoint *WebhooksPanel::chosen() const
{
    const QModelIndex current = m_endpointView->currentIndex();
    return current.isValid() && current.row() < m_endpointModel->rowCount()
        ? &m_endpointModel->item(current.row())
        : nullptr;
}

QStringList WebhooksPanel::checkedEvents() const
{
    QStringList events;
    for (int row = 0; row < m_events->count(); ++row) {
        if (m_events->item(row)->checkState() == Qt::Checked)
            events << m_events->item(row)->text();
    }
    return events;
}

void WebhooksPanel::showChosen()
{
    const webhooks::Endpoint *endpoint = chosen();
    // The same endpoint again (the list was read anew): its delivery log stays, with the
    // delivery chosen in it.
    const QString id = endpoint ? endpoint->id : QString();
    if (id != m_deliveriesOf) {
        m_deliveryModel->setItems({});
        m_deliveriesOf = id;
    }
    if (endpoint) {
        m_url->setText(endpoint->url);
        for (int row = 0; row < m_events->count(); ++row)
            m_events->item(row)->setCheckState(
                endpoint->eventTypes.contains(m_events->item(row)->text()) ? Qt::Checked
                                                                           : Qt::Unchecked);
        m_enabled->setChecked(endpoint->enabled);
    }
    m_feed->watchDeliveries(endpoint ? endpoint->id : QString());
    retranslate();
    updateButtons();
}

void WebhooksPanel::askDelete()
{
    const webhooks::Endpoint *endpoint = chosen();
    if (!endpoint)
        return;
    if (!m_prompts->confirm(this, tr("Delete the webhook endpoint"),
                            tr("Delete the endpoint %1? It receives no more events, and its "
                               "delivery log is deleted with it.")
                                .arg(endpoint->url),
                            tr("Delete")))
        return;
    m_feed->remove(*endpoint);
}

void WebhooksPanel::onFailed(const QString &what, const ApiError &error)
{
    QStringList fields = error.fieldMessages();
    QString text;
    if (what == u"create")
        text = tr("The endpoint was not added: %1");
    else if (what == u"update")
        text = tr("The endpoint was not saved: %1");
    else if (what == u"delete")
        text = tr("The endpoint was not deleted: %1");
    else if (what == u"test")
        text = tr("The test was not sent: %1");
    else
        text = tr("The delivery was not sent again: %1");
    text = text.arg(fields.isEmpty() ? error.userMessage() : fields.join(u' '));
    showMessage(text);
    Q_EMIT statusMessage(text);
}

void WebhooksPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void WebhooksPanel::updateButtons()
{
    const bool hasChosen = chosen() != nullptr;
    const bool formFilled = !m_url->text().trimmed().isEmpty() && !checkedEvents().isEmpty();
    m_url->setReadOnly(!m_mayManage);
    m_events->setEnabled(m_mayManage);
    m_enabled->setEnabled(m_mayManage);
    m_create->setEnabled(m_mayManage && formFilled);
    m_save->setEnabled(m_mayManage && formFilled && hasChosen);
    m_delete->setEnabled(m_mayManage && hasChosen);
    m_test->setEnabled(m_mayManage && hasChosen);
    m_redeliver->setEnabled(m_mayManage && hasChosen && m_deliveryView->currentIndex().isValid());
}

void WebhooksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WebhooksPanel::retranslate()
{
    m_heading->setText(m_mayManage
                           ? tr("Endpoints that receive this organization's events, signed "
                                "(X-WedSync-Signature). Choose one to change it or see its "
                                "deliveries; fill the form and Add for a new one.")
                           : tr("Endpoints that receive this organization's events (read-only: "
                                "the organization's admins manage them)."));
    m_endpointView->setAccessibleName(tr("Webhook endpoints"));
    m_urlLabel->setText(tr("&URL:"));
    m_eventsLabel->setText(tr("E&vents:"));
    m_enabled->setText(tr("E&nabled"));
    m_create->setText(tr("&Add endpoint"));
    m_save->setText(tr("&Save changes"));
    m_test->setText(tr("Send &test"));
    m_delete->setText(tr("De&lete…"));
    m_secretLabel->setText(tr("Signing sec&ret (shown once):"));
    m_copy->setText(tr("Co&py"));
    m_deliveriesLabel->setText(chosen() ? tr("Deliveries to %1, newest first:").arg(chosen()->url)
                                        : tr("Deliveries: choose an endpoint."));
    m_deliveryView->setAccessibleName(tr("Deliveries"));
    m_redeliver->setText(tr("Re&deliver"));
    m_endpointModel->retranslate();
    m_deliveryModel->retranslate();
}

} // namespace wedsync
