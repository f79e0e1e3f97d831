package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liberta.client.ApiClient;
import org.liberta.client.ApiException;
import org.liberta.client.api.AdvocacyApi;
import org.liberta.client.api.AuthApi;
import org.liberta.client.api.CourtCasesApi;
import org.liberta.client.api.HearingsApi;
import org.liberta.client.api.SurvivorsApi;
import org.liberta.client.api.TrainingSessionsApi;
import org.liberta.client.model.AdjournmentReason;
import org.liberta.client.model.AttendeeView;
import org.liberta.client.model.CaseBody;
import org.liberta.client.model.CaseDetail;
import org.liberta.client.model.EngagementKind;
import org.liberta.client.model.EngagementView;
import org.liberta.client.model.ExploitationType;
import org.liberta.client.model.FollowUpBody;
import org.liberta.client.model.ContactMode;
import org.liberta.client.model.Gender;
import org.liberta.client.model.HearingBody;
import org.liberta.client.model.HearingPurpose;
import org.liberta.client.model.HearingView;
import org.liberta.client.model.NewAttendee;
import org.liberta.client.model.NewEngagement;
import org.liberta.client.model.NewSession;
import org.liberta.client.model.OutcomeBody;
import org.liberta.client.model.Profession;
import org.liberta.client.model.SessionView;
import org.liberta.client.model.StakeholderKind;
import org.liberta.client.model.SurvivorBody;
import org.liberta.client.model.SurvivorView;
import org.liberta.client.model.TokenRequest;

/**
 * A partner's client, generated at build time by the OpenAPI Generator from the description the WAR serves at
 * {@code /openapi}, doing a day's work with no hand-written HTTP: if the description were wrong (a missing field,
 * a date without its offset, an answer described as a bare object), this would not compile or would fail here.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void ready() {
        Deployments.awaitReady(base);
    }

    /** A client signed in as {@code user}, the way docs/api.md says: a token, then {@code Authorization: Bearer}. */
    private ApiClient signedIn(String user) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = new AuthApi(anonymous).issue(new TokenRequest().username(user).password(Deployments.DEMO_PASSWORD))
                .getToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aPartnersGeneratedClientDoesADaysWorkAcrossTheModules() throws ApiException {
        // A survivor and a follow-up.
        SurvivorsApi survivors = new SurvivorsApi(signedIn("aftercare.bd"));
        SurvivorView survivor = survivors.intake(new SurvivorBody().programme("BD").gender(Gender.FEMININE).birthYear(2001)
                .nationality("BD").exploitationTypes(Set.of(ExploitationType.FORCED_LABOUR)));
        assertNotNull(survivor.getReference());
        assertNotNull(survivors.followUp(survivor.getId(), new FollowUpBody().date(LocalDate.now()).mode(ContactMode.PHONE))
                .getId());
        assertEquals(survivor.getPseudonym(), survivors.survivor(survivor.getId()).getPseudonym());

        // A court case, a hearing with an offset, and its outcome.
        ApiClient lawyer = signedIn("lawyer.bd");
        CourtCasesApi cases = new CourtCasesApi(lawyer);
        CaseDetail courtCase = cases.open(new CaseBody().programme("BD").caseNumber("GEN " + UUID.randomUUID())
                .court("Generated Client Tribunal").district("Khulna").filedOn(LocalDate.now().minusYears(1))
                .offences(Set.of("PSHTA 2012 s.6")).victimSurvivorIds(Set.of(survivor.getId())));
        OffsetDateTime at = LocalDate.now().minusDays(1).atTime(10, 0).atOffset(ZoneOffset.ofHours(6));
        HearingView hearing = cases.hearing(courtCase.getId(), new HearingBody().scheduledAt(at).purpose(HearingPurpose.MENTION));
        assertEquals(at.toInstant(), hearing.getScheduledAt().toInstant());
        HearingView adjourned = new HearingsApi(lawyer).outcome(hearing.getId(), new OutcomeBody().held(false)
                .adjournmentReason(AdjournmentReason.JUDGE_UNAVAILABLE).nextDate(LocalDate.now().plusDays(10))
                .version(hearing.getVersion()));
        assertEquals("ADJOURNED", adjourned.getOutcome());
        assertEquals(LocalDate.now().plusDays(10), cases.courtCase(courtCase.getId()).getNextHearingAt().toLocalDate());
        ApiException stale = assertThrows(ApiException.class, () -> new HearingsApi(lawyer).outcome(hearing.getId(),
                new OutcomeBody().held(true).version(hearing.getVersion())));
        assertEquals(409, stale.getCode());
        assertTrue(stale.getResponseBody().contains("\"status\":409"), "problem+json: " + stale.getResponseBody());

        // A training session under a new course, and an attendee.
        TrainingSessionsApi training = new TrainingSessionsApi(signedIn("trainer"));
        SessionView session = training.trainingSessionsCreate(new NewSession().programme("UK")
                .course("Generated client course " + UUID.randomUUID()).date(LocalDate.now()).location("Leeds")
                .trainer("A. Trainer").audience("POLICE"));
        AttendeeView attendee = training.trainingSessionsAdd(session.getId(), new NewAttendee().name("Generated Officer")
                .organisation("Leeds Police").profession(Profession.POLICE).completed(true).preScore(40).postScore(75));
        assertEquals(session.getId(), training.session(session.getId()).getId());
        assertTrue(attendee.getProfessionalId() > 0);

        // An engagement, naming its stakeholder and campaign.
        EngagementView engagement = new AdvocacyApi(signedIn("advocacy")).logEngagement(new NewEngagement()
                .date(LocalDate.now()).country("GB").stakeholder("Generated Client MP").stakeholderType(StakeholderKind.MP)
                .campaign("Generated client campaign").type(EngagementKind.MEETING).summary("Briefed on the bill"));
        assertNotNull(engagement.getCampaign());
        assertEquals(List.of("Generated Client MP"), engagement.getStakeholders());
    }
}
