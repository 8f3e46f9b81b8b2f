#pragma once
// Chooses the organization (tenant) and wedding the screens show. Platform staff get an
// "All organizations" entry; everyone gets "All weddings". Filled from OrganizationFeed.

#include "feeds/OrganizationFeed.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace wedsync {

class OrganizationSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationSwitcher(QWidget *parent = nullptr);

    // allowAll: offer "All organizations" (empty id) first. Keeps the current choice if listed.
    void setOrganizations(const QList<OrganizationItem> &organizations, bool allowAll);
    // Each shown as its couple and date.
    void setWeddings(const QList<WeddingItem> &weddings);
    void clear();

    QString organizationId() const;
    QString weddingId() const;
    bool selectOrganization(const QString &id);
    bool selectWedding(const QString &id);
    int organizationCount() const; // real organizations, not the "All" entry

Q_SIGNALS:
    void organizationChanged(const QString &organizationId);
    void weddingChanged(const QString &weddingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_orgLabel = nullptr;
    QComboBox *m_organizations = nullptr;
    QLabel *m_weddingLabel = nullptr;
    QComboBox *m_weddings = nullptr;
    QList<WeddingItem> m_weddingItems; // to rename them in another language
    bool m_allowAll = false;
    bool m_filling = false;
};

} // namespace wedsync
