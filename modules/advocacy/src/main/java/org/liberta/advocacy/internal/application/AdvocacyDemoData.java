package org.liberta.advocacy.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.advocacy.internal.application.AdvocacyService.NewCampaign;
import org.liberta.advocacy.internal.application.AdvocacyService.NewEngagement;
import org.liberta.advocacy.internal.application.AdvocacyService.NewFollowUp;
import org.liberta.advocacy.internal.application.AdvocacyService.NewOutcome;
import org.liberta.advocacy.internal.application.AdvocacyService.NewStakeholder;
import org.liberta.advocacy.internal.application.AdvocacyService.StatusChange;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.demo.DemoDataContributor;

/**
 * The 2021 report's systemic-change work as records made through the service: the Nationality and Borders Bill
 * amendment, the G7 open letter and the communique's commitment, the US Trafficking in Persons report input, the
 * Global Prosecutors Consortium, the Met Police victim-care roundtable, the Jhenaidah mobile court and the Romanian
 * national platform; with engagements, follow-ups (some overdue, owned by the demo advocacy user) and outcomes.
 */
@ApplicationScoped
@Transactional
public class AdvocacyDemoData implements DemoDataContributor {

    private static final String OWNER = "advocacy";

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private Programmes programmes;

    @Inject
    private StakeholderMapService maps;

    @Inject
    private EvidenceService evidence;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void loadDemoData() {
        if (programmes.byCode("UK").isEmpty() || programmes.byCode("BD").isEmpty() || programmes.byCode("RO").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        long mp = person("UK", "Demo MP for Wolverhampton", "MP", "Member of Parliament", "House of Commons", "GB", 4, 4);
        long peer = person("UK", "Baroness Demo", "PEER", "Member of the House of Lords", "House of Lords", "GB", 4, 5);
        long homeOffice = person("UK", "Home Office, Modern Slavery Unit", "MINISTRY", null, "Home Office", "GB", 5, 2);
        long g7 = person("UK", "G7 Interior and Security Ministers", "MULTILATERAL", null, "G7 presidency", "GB", 5, 3);
        long state = person("UK", "Office to Monitor and Combat Trafficking in Persons", "MINISTRY", null,
                "US Department of State", "US", 5, 4);
        long met = person("UK", "Metropolitan Police Service, Modern Slavery Unit", "POLICE_FORCE", null,
                "Metropolitan Police Service", "GB", 4, 4);
        long prosecutors = person("UK", "Global Prosecutors Consortium", "NGO_COALITION", null,
                "Prosecutors from six countries", null, 3, 5);
        long lawMinistry = person("BD", "Ministry of Law, Justice and Parliamentary Affairs", "MINISTRY", null,
                "Government of Bangladesh", "BD", 5, 3);
        long jhenaidahJudge = person("BD", "District and Sessions Judge, Jhenaidah", "COURT", "District Judge",
                "Jhenaidah District Court", "BD", 4, 4);
        long roPlatform = person("RO", "National anti-trafficking NGO network", "NGO_COALITION", null,
                "Romanian NGOs", "RO", 3, 5);
        long anitp = person("RO", "National Agency against Trafficking in Persons", "MINISTRY", null, "ANITP", "RO", 5, 4);

        long bill = campaign("UK", "Amendment to the Nationality and Borders Bill",
                "Guarantee survivors of trafficking support and leave to remain while they recover, whatever their route to the UK",
                "UK Parliament and the Home Office", LocalDate.of(2022, 4, 30),
                "Liberta's figures: 94% of survivors we care for engage with the police when they are supported");
        log(bill, null, LocalDate.of(2021, 6, 15), "MEETING", List.of(mp, peer), "Briefed on the survivors' support clauses; agreed to table an amendment.",
                List.of(new NewFollowUp("Send the draft amendment text", LocalDate.of(2021, 6, 22), OWNER)));
        log(bill, null, LocalDate.of(2021, 9, 20), "WRITTEN_EVIDENCE", List.of(homeOffice),
                "Written evidence to the Public Bill Committee on identification and support.", List.of());
        log(bill, null, today.minusDays(12), "MEETING", List.of(peer), "Lords report stage: who will speak to the amendment.",
                List.of(new NewFollowUp("Circulate the briefing to supportive peers", today.minusDays(5), OWNER),
                        new NewFollowUp("Thank-you letter with our figures", today.plusDays(7), OWNER)));
        outcome(bill, LocalDate.of(2021, 11, 30), "An amendment on survivors' support and leave to remain was tabled in the Lords",
                "Survivors of trafficking in the UK", "MEDIUM", "SHARED", "We drafted the text with the peer's office", true);
        advocacy.changeStatus(bill, new StatusChange("ACTIVE"));
        // On this bill the MP matters less than the peers, but tabled the amendment: placed on this campaign's map.
        maps.place(bill, mp, new StakeholderMapService.Placement(3, 5, null));

        long letter = campaign("UK", "G7 commitment on forced labour and trafficking",
                "G7 leaders commit to act against trafficking and forced labour in supply chains", "G7 leaders",
                LocalDate.of(2021, 6, 13), null);
        advocacy.changeStatus(letter, new StatusChange("ACTIVE"));
        log(letter, null, LocalDate.of(2021, 5, 20), "LETTER", List.of(g7), "Open letter to G7 leaders, co-signed by survivor leaders.",
                List.of());
        outcome(letter, LocalDate.of(2021, 6, 13), "The Carbis Bay communique commits the G7 to eradicate forced labour",
                "People in forced labour in G7 supply chains", "HIGH", "MINOR", "Our open letter among many voices", true);
        advocacy.changeStatus(letter, new StatusChange("WON"));

        long tip = campaign("UK", "US Trafficking in Persons report", "The TIP report reflects survivors' access to justice",
                "US Department of State", LocalDate.of(2021, 7, 1), null);
        advocacy.changeStatus(tip, new StatusChange("ACTIVE"));
        log(tip, null, LocalDate.of(2021, 2, 26), "WRITTEN_EVIDENCE", List.of(state),
                "Submission on the UK, Bangladesh and Romania for the 2021 TIP report.", List.of());
        outcome(tip, LocalDate.of(2021, 7, 1), "The 2021 TIP report cites prosecution delays in Bangladesh as we documented",
                "Survivors awaiting trial in Bangladesh", "MEDIUM", "MAJOR", "Our court backlog analysis", false);
        advocacy.changeStatus(tip, new StatusChange("WON"));

        long consortium = campaign("UK", "Global Prosecutors Consortium", "Prosecutors share what convicts traffickers",
                "Prosecution services", null, null);
        advocacy.changeStatus(consortium, new StatusChange("ACTIVE"));
        log(consortium, null, LocalDate.of(2021, 4, 14), "ROUNDTABLE", List.of(prosecutors),
                "Founding roundtable of the consortium.", List.of());
        outcome(consortium, LocalDate.of(2021, 4, 14), "The Global Prosecutors Consortium was founded", "Prosecutors in six countries",
                "HIGH", "MAJOR", "We convened it", true);

        long metCare = campaign("UK", "Victim care in Met Police investigations",
                "Every Met modern slavery investigation offers survivors an independent advocate", "Metropolitan Police",
                null, null);
        advocacy.changeStatus(metCare, new StatusChange("ACTIVE"));
        log(metCare, null, LocalDate.of(2021, 7, 8), "ROUNDTABLE", List.of(met), "Victim-care roundtable with the Met's unit.",
                List.of(new NewFollowUp("Share the navigator referral pathway", today.minusDays(2), OWNER)));

        long mobileCourt = campaign("BD", "A mobile court for Jhenaidah",
                "Trafficking cases in Jhenaidah heard by a mobile court to clear the backlog", "Ministry of Law",
                LocalDate.of(2021, 12, 31), "Liberta's backlog analysis: witness absence causes most adjournments");
        advocacy.changeStatus(mobileCourt, new StatusChange("ACTIVE"));
        log(mobileCourt, null, LocalDate.of(2021, 5, 10), "MEETING", List.of(lawMinistry, jhenaidahJudge),
                "Presented the backlog analysis; the ministry asked for a proposal.", List.of());
        long court = outcome(mobileCourt, LocalDate.of(2021, 8, 2), "A mobile court began hearing trafficking cases in Jhenaidah",
                "Survivors whose cases were stalled in Jhenaidah", "HIGH", "MAJOR", "Our proposal and backlog figures", true);
        evidence.upload(court, "jhenaidah-mobile-court-notice.txt", new java.io.ByteArrayInputStream(("Notice of the"
                + " District and Sessions Judge, Jhenaidah, 2 August 2021: trafficking cases pending before the Tribunal"
                + " will be heard by the mobile court sitting each Tuesday and Wednesday.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        advocacy.changeStatus(mobileCourt, new StatusChange("WON"));

        long platform = campaign("RO", "A national anti-trafficking platform for Romania",
                "NGOs and the state coordinate survivor support through one platform", "ANITP and NGOs", null, null);
        advocacy.changeStatus(platform, new StatusChange("ACTIVE"));
        log(platform, null, LocalDate.of(2021, 3, 25), "EVENT", List.of(roPlatform, anitp), "Launch event of the platform.",
                List.of(new NewFollowUp("Agree the platform's referral form", today.minusDays(9), OWNER)));
        outcome(platform, LocalDate.of(2021, 3, 25), "The national anti-trafficking platform was launched", "Survivors in Romania",
                "HIGH", "SHARED", "Co-founder with four NGOs", true);
        advocacy.changeStatus(platform, new StatusChange("PARTLY_WON"));
    }

    private long person(String programme, String name, String kind, String role, String organisation, String country,
            Integer influence, Integer stance) {
        return advocacy.createStakeholder(new NewStakeholder(programme, name, kind, role, organisation, country, influence,
                stance)).id();
    }

    private long campaign(String programme, String title, String ask, String target, LocalDate targetDate, String evidence) {
        return advocacy.createCampaign(new NewCampaign(programme, title, ask, target, targetDate, "PLANNED", evidence)).id();
    }

    /** Logs the engagement; follow-ups due more than a month ago were done long since. */
    private void log(long campaign, String programme, LocalDate date, String type, List<Long> stakeholders, String summary,
            List<NewFollowUp> followUps) {
        advocacy.logEngagement(new NewEngagement(programme, null, date, type, stakeholders, summary, followUps, null,
                null, null, campaign))
                .followUps().stream().filter(f -> f.due().isBefore(LocalDate.now().minusMonths(1)))
                .forEach(f -> advocacy.followUpDone(f.id()));
    }

    private long outcome(long campaign, LocalDate date, String description, String forWhom, String significance,
            String contribution, String how, boolean confirmed) {
        return advocacy.recordOutcome(new NewOutcome(null, null, date, description, forWhom, significance,
                contribution, how, null, confirmed, null, campaign)).id();
    }
}
