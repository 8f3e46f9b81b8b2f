// suggestMapping: the header names of CRM exports (providers.md §4–§5: Táve's New Lead fields,
// Light Blue's API keys, Pixieset's client JSON, the columns Dubsado shows, the usual names of
// HoneyBook, 17hats and Studio Ninja exports) and vCard rows, to standard client fields.
#include "ClientFields.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// A header as compared: lower case, letters and digits only, accents dropped ("E-mail
// Address" → "emailaddress", "Téléphone" → "telephone").
QString normalised(const QString &header)
{
    QString out;
    for (const QChar c : header.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

const QHash<QString, QString> &exactNames()
{
    static const QHash<QString, QString> names = [] {
        // target, then its names as normalised() gives them, separated by spaces
        static const char16_t *const table[][2] = {
            {u"first_name",
             u"firstname first fname givenname forename clientfirstname contactfirstname "
             u"contactnamefirst primaryfirstname client1firstname partner1firstname "
             u"person1firstname bridefirstname ngiven"},
            {u"last_name",
             u"lastname last lname surname familyname clientlastname contactlastname "
             u"contactnamelast primarylastname client1lastname partner1lastname person1lastname "
             u"bridelastname nfamily"},
            {u"full_name",
             u"name fullname clientname contactname contactnamefull displayname primarycontact "
             u"client contact clientfullname couplename couple clients fn"},
            {u"partner_first_name",
             u"partnerfirstname partner2firstname client2firstname person2firstname "
             u"spousefirstname fiancefirstname secondaryfirstname groomfirstname "
             u"secondarycontactfirstname"},
            {u"partner_last_name",
             u"partnerlastname partner2lastname client2lastname person2lastname spouselastname "
             u"fiancelastname secondarylastname groomlastname secondarycontactlastname"},
            {u"email",
             u"email emailaddress mail clientemail contactemail primaryemail email1 emailaddress1 "
             u"clientemailaddress partner1email emailhome emailwork"},
            {u"partner_email",
             u"partneremail partner2email client2email spouseemail secondaryemail email2 "
             u"emailaddress2 alternateemail secondarycontactemail"},
            {u"phone",
             u"phone phonenumber telephone tel homephone phonehome contactphone contactphonehome "
             u"primaryphone clientphone phone1 landline telhome telephonenumber telvoice"},
            {u"mobile",
             u"mobile mobilephone cellphone cell mobilenumber cellnumber contactphonemobile "
             u"telcell phonemobile cellularphone phonecell mobilephonenumber"},
            {u"address_line1",
             u"address address1 addressline1 streetaddress street mailingaddress adrstreet "
             u"addressstreet street1 homeaddress addressinfoaddress addressinfostreet"},
            {u"address_line2",
             u"address2 addressline2 adrextended street2 apartment suite addressinfoaddress2"},
            {u"city", u"city town locality adrlocality addresscity towncity addressinfocity"},
            {u"region",
             u"state region province county stateprovince stateregion adrregion addressstate "
             u"stateorprovince addressinfostate"},
            {u"postal_code",
             u"zip zipcode postcode postalcode adrpostalcode addresszip zippostalcode "
             u"postalzipcode addressinfozip addressinfopostalcode"},
            {u"country", u"country adrcountry addresscountry countryregion addressinfocountry"},
            {u"wedding_date",
             u"weddingdate eventdate dateofwedding dateofevent projectdate jobdate shootdate "
             u"ceremonydate weddingday anniversary xanniversary xevolutionanniversary sessiondate "
             u"date eventstartdate projectstartdate startdate"},
            {u"venue",
             u"venue venuename location eventlocation eventvenue weddingvenue ceremonyvenue "
             u"ceremonylocation receptionvenue projectlocation weddinglocation"},
            {u"guest_count",
             u"guestcount guests numberofguests guestnumber headcount estimatedguests noofguests "
             u"guestsnumber expectedguests"},
            {u"budget",
             u"budget leadmaxbudget estimatedbudget totalbudget weddingbudget maxbudget"},
            {u"lead_source",
             u"source leadsource referralsource howdidyouhearaboutus howdidyoufindus referral "
             u"contactsource referredby clientsource"},
            {u"status",
             u"status stage leadstatus projectstatus pipelinestage jobstage clientstatus "
             u"projectstage leadstage"},
            {u"notes",
             u"notes note message comments comment description leadnotes additionalinfo details "
             u"clientnotes additionalnotes"},
        };
        QHash<QString, QString> out;
        for (const auto &row : table) {
            const QString target = QString::fromUtf16(row[0]);
            for (const QString &alias : QString::fromUtf16(row[1]).split(u' ', Qt::SkipEmptyParts))
                out.insert(alias, target);
        }
        return out;
    }();
    return names;
}

// Looser: a header that contains one of these words, for the columns no exact name took.
QString looseTarget(const QString &name)
{
    const bool second = name.contains(u"partner"_s) || name.contains(u"spouse"_s)
        || name.contains(u"secondary"_s) || name.contains(u'2');
    if (name.contains(u"email"_s))
        return second ? u"partner_email"_s : u"email"_s;
    if (name.contains(u"mobile"_s) || name.contains(u"cell"_s))
        return u"mobile"_s;
    if (name.contains(u"phone"_s))
        return u"phone"_s;
    if (name.contains(u"wedding"_s) && name.contains(u"date"_s))
        return u"wedding_date"_s;
    if (name.contains(u"venue"_s))
        return u"venue"_s;
    if (name.contains(u"firstname"_s))
        return second ? u"partner_first_name"_s : u"first_name"_s;
    if (name.contains(u"lastname"_s) || name.contains(u"surname"_s))
        return second ? u"partner_last_name"_s : u"last_name"_s;
    if (name.contains(u"zip"_s) || name.contains(u"postcode"_s))
        return u"postal_code"_s;
    if (name.contains(u"note"_s))
        return u"notes"_s;
    return {};
}

ClientTransform defaultTransform(const QString &target)
{
    if (target == u"email"_s || target == u"partner_email"_s)
        return ClientTransform::Lower;
    return ClientTransform::Trim;
}

} // namespace

FieldMapping suggestMapping(const QStringList &headers, const QList<SourceRow> &samples,
                            const QString &callingCode)
{
    // Exact names first, over all headers, so that "Email" wins over "Email (work)" wherever
    // they stand; then the looser pass for what is left.
    QHash<qsizetype, QString> chosen;
    QStringList taken;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString target = exactNames().value(normalised(headers.at(i)));
        if (!target.isEmpty() && !taken.contains(target)) {
            chosen.insert(i, target);
            taken.append(target);
        }
    }
    // A JSON path by its last key ("job.eventDate" as "eventDate"), after the whole names, so
    // that a whole name wins over a nested one. A nested "name" names the nested thing (the
    // job, the company), not the person: names are left to the whole-name passes.
    const QStringList personNames {u"full_name"_s, u"first_name"_s, u"last_name"_s};
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString &header = headers.at(i);
        const qsizetype dot = header.lastIndexOf(u'.');
        if (chosen.contains(i) || dot < 0)
            continue;
        const QString target = exactNames().value(normalised(header.mid(dot + 1)));
        if (!target.isEmpty() && !taken.contains(target) && !personNames.contains(target)) {
            chosen.insert(i, target);
            taken.append(target);
        }
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (chosen.contains(i))
            continue;
        const QString target = looseTarget(normalised(headers.at(i)));
        if (!target.isEmpty() && !taken.contains(target)) {
            chosen.insert(i, target);
            taken.append(target);
        }
    }
    const bool hasParts = taken.contains(u"first_name"_s) || taken.contains(u"last_name"_s);

    FieldMapping mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!chosen.contains(i))
            continue;
        FieldMappingEntry entry;
        entry.source = headers.at(i);
        entry.target = chosen.value(i);
        entry.transform = defaultTransform(entry.target);
        if (entry.target == u"full_name"_s && !hasParts) {
            entry.transform = ClientTransform::SplitName;
        } else if (entry.target == u"wedding_date"_s) {
            QStringList values;
            for (const SourceRow &row : samples)
                values.append(row.value(entry.source));
            entry.transform = ClientTransform::DateIso;
            entry.argument = guessDateFormat(values, callingCode);
            if (entry.argument.isEmpty())
                entry.argument = u"yyyy-MM-dd"_s; // the preview shows the rows it cannot read
        } else if ((entry.target == u"phone"_s || entry.target == u"mobile"_s)
                   && !callingCode.trimmed().isEmpty()) {
            entry.transform = ClientTransform::PhoneE164;
            entry.argument = callingCode.trimmed();
        }
        mapping.append(std::move(entry));
    }
    return mapping;
}

} // namespace wedsync
