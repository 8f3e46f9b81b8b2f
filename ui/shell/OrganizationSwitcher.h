#pragma once
// Chooses the organization (tenant) and wedding the screens show. Platform staff get an
// "All organizations" entry; everyone gets "All weddings". Filled by the app from
// GET /organizations and /organizations/{org}/weddings.

#include <QWidget>

class QComboBox;
class QLabel;

namespace wedsync {

class OrganizationSwitcher : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString name;
        QString detail; // e.g. the wedding date, shown after the name
    };

    explicit OrganizationSwitcher(QWidget *parent = nullptr);

    // allowAll: offer "All organizations" (empty id) first. Keeps the current choice if listed.
    void setOrganizations(const QList<Entry> &organizations, bool allowAll);
    void setWeddings(const QList<Entry> &weddings);
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
    bool m_allowAll = false;
    bool m_filling = false;
};

} // namespace wedsync
