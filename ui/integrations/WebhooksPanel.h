#pragma once
// The Integrations screen's Webhooks tab (organization admins; support reads): the endpoints
// that receive the organization's events, a form to add or change one (address, events,
// enabled), its signing secret shown once after it is made (with Copy), a test delivery,
// delete (asked first), and the chosen endpoint's deliveries with Redeliver.

#include "WebhookRecords.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace wedsync {

struct ApiError;
class UserPrompts;
class WebhookDeliveryModel;
class WebhookEndpointModel;
class WebhookFeed;

class WebhooksPanel : public QWidget
{
    Q_OBJECT
public:
    WebhooksPanel(WebhookFeed *feed, UserPrompts *prompts, QWidget *parent = nullptr);

    void setOrganization(const QString &organizationId);
    void setWritable(bool mayManage);

    WebhookEndpointModel *endpoints() const { return m_endpointModel; }
    WebhookDeliveryModel *deliveries() const { return m_deliveryModel; }
    QTableView *endpointView() const { return m_endpointView; }
    QTableView *deliveryView() const { return m_deliveryView; }
    QLineEdit *urlEdit() const { return m_url; }
    QListWidget *eventList() const { return m_events; }
    QLineEdit *secretEdit() const { return m_secret; }
    QWidget *secretBox() const { return m_secretBox; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *redeliverButton() const { return m_redeliver; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    const webhooks::Endpoint *chosen() const;
    QStringList checkedEvents() const;
    void showChosen();
    void onFailed(const QString &what, const ApiError &error);
    void askDelete();
    void showMessage(const QString &text);
    void updateButtons();
    void retranslate();

    WebhookFeed *m_feed;
    UserPrompts *m_prompts;
    WebhookEndpointModel *m_endpointModel;
    WebhookDeliveryModel *m_deliveryModel;
    QString m_deliveriesOf; // the endpoint whose deliveries m_deliveryModel holds
    QLabel *m_heading;
    QTableView *m_endpointView;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_eventsLabel;
    QListWidget *m_events;
    QCheckBox *m_enabled;
    QPushButton *m_create;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_delete;
    QLabel *m_message;
    QWidget *m_secretBox;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QPushButton *m_copy;
    QLabel *m_deliveriesLabel;
    QTableView *m_deliveryView;
    QPushButton *m_redeliver;
    QString m_pendingSelection;
    bool m_mayManage = false;
};

} // namespace wedsync
