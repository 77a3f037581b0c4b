package kz.kelisim.kit.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.kelisim.contracts.operator.OperatorProfilePublished;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;

/**
 * The newest profile of one operator or third party, as this service last applied it.
 */
@Entity
@Table(name = "operator_profile")
public class OperatorProfileRow {

    @Id
    private String bin;
    private int version;
    @Column(name = "name_kk")
    private String nameKk;
    @Column(name = "name_ru")
    private String nameRu;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "description_kk")
    private String descriptionKk;
    @Column(name = "description_ru")
    private String descriptionRu;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "legal_address")
    private String legalAddress;
    @Column(name = "responsible_name")
    private String responsibleName;
    @Column(name = "responsible_email")
    private String responsibleEmail;
    @Column(name = "responsible_phone")
    private String responsiblePhone;
    @Column(name = "privacy_notice_url")
    private String privacyNoticeUrl;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OperatorProfileRow() {
    }

    OperatorProfileRow(OperatorProfilePublished profile, Instant at) {
        this.bin = profile.bin();
        replace(profile, at);
    }

    final void replace(OperatorProfilePublished p, Instant at) {
        this.version = p.version();
        this.nameKk = p.name().kk();
        this.nameRu = p.name().ru();
        this.nameEn = p.name().en();
        Trilingual d = p.description();
        this.descriptionKk = d == null ? null : d.kk();
        this.descriptionRu = d == null ? null : d.ru();
        this.descriptionEn = d == null ? null : d.en();
        this.legalAddress = p.legalAddress();
        ResponsiblePerson r = p.responsible();
        this.responsibleName = r == null ? null : r.name();
        this.responsibleEmail = r == null ? null : r.email();
        this.responsiblePhone = r == null ? null : r.phone();
        this.privacyNoticeUrl = p.privacyNoticeUrl();
        this.updatedAt = at;
    }

    public String bin() {
        return bin;
    }

    public int version() {
        return version;
    }

    /** The profile as a value, detached from the persistence context. */
    public OperatorProfile toProfile() {
        return new OperatorProfile(bin, version, new Trilingual(nameKk, nameRu, nameEn),
                new Trilingual(descriptionKk, descriptionRu, descriptionEn), legalAddress,
                new ResponsiblePerson(responsibleName, responsibleEmail, responsiblePhone), privacyNoticeUrl);
    }
}
