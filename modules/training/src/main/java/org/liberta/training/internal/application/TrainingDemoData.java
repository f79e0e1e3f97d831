package org.liberta.training.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.demo.DemoDataContributor;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;
import org.liberta.training.internal.application.TrainingService.NewCourse;
import org.liberta.training.internal.application.TrainingService.NewSession;

/**
 * Training records that give the 2021 report's figures for March–August 2021 exactly (professionals trained: UK 544,
 * Bangladesh 324, Thailand 92) and 700 across the direct programmes in March–August 2020 (UK 380, Bangladesh 250,
 * Romania 70), person by person through the services: some people trained twice in a period (counted once), some
 * trained in both years, some who did not complete (not counted), pre and post scores (a few with a post score only).
 */
@ApplicationScoped
@Transactional
public class TrainingDemoData implements DemoDataContributor {

    private static final int PER_SESSION = 30;

    @Inject
    private TrainingService training;

    @Inject
    private AttendeeService attendees;

    @Inject
    private Programmes programmes;

    /** Who a programme trains: the people's names, their organisations and professions, and a place to meet. */
    private record Cohort(String programme, String[] first, String[] last, String[][] organisations, String place) {

        String name(int person) {
            int perOrg = person / organisations.length;
            return first[perOrg % first.length] + " " + last[(perOrg / first.length) % last.length]
                    + (perOrg >= first.length * last.length ? " " + (perOrg / (first.length * last.length) + 1) : "");
        }

        String[] organisation(int person) {
            return organisations[person % organisations.length];
        }
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void loadDemoData() {
        String[] courses = {
            training.createCourse(new NewCourse("Identifying and responding to victims of trafficking", "Victim identification",
                    "Recognise indicators of trafficking; refer survivors safely; avoid re-traumatisation",
                    "Police, border and health staff", 360, "Knowledge quiz (0–100)", 0, 100, 24)).title(),
            training.createCourse(new NewCourse("Trauma-informed investigative interviewing", "Investigation",
                    "Plan and conduct interviews that survivors can sustain; secure best evidence",
                    "Police investigators", 720, "Knowledge quiz (0–100)", 0, 100, 36)).title(),
            training.createCourse(new NewCourse("Prosecuting trafficking cases under PSHTA 2012", "Prosecution",
                    "Charge framing, witness protection, avoiding adjournments, compensation orders",
                    "Special Public Prosecutors and prosecutors", 480, "Case-study assessment (0–100)", 0, 100, null)).title(),
            training.createCourse(new NewCourse("Survivor-centred care for social workers", "Aftercare",
                    "Safety planning, consent, working with interpreters, long-term recovery",
                    "Social workers and NGO staff", 360, "Knowledge quiz (0–100)", 0, 100, 24)).title()};
        Cohort uk = new Cohort("UK", new String[] {"James", "Sarah", "David", "Emma", "Michael", "Laura", "Daniel", "Rachel",
            "Thomas", "Hannah", "Mark", "Claire", "Paul", "Sophie", "Andrew", "Lucy", "Chris", "Amy", "Simon", "Kate"},
                new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Davies", "Patel", "Khan",
                    "Walker", "Wright", "Roberts", "Hughes", "Green"},
                new String[][] {{"Metropolitan Police Service", "POLICE"}, {"West Midlands Police", "POLICE"},
                    {"Crown Prosecution Service", "PROSECUTOR"}, {"Border Force", "BORDER_OFFICIAL"},
                    {"Lambeth Council Children's Services", "SOCIAL_WORKER"}, {"NHS Guy's and St Thomas'", "HEALTH_WORKER"},
                    {"Gangmasters and Labour Abuse Authority", "LABOUR_INSPECTOR"}, {"Greater Manchester Police", "POLICE"}},
                "London");
        Cohort bd = new Cohort("BD", new String[] {"Abdul", "Fatema", "Rafiq", "Nasrin", "Kamal", "Shirin", "Jahid", "Ayesha",
            "Mizanur", "Rokeya", "Habib", "Salma", "Anisur", "Taslima", "Shahid"},
                new String[] {"Rahman", "Hossain", "Islam", "Akter", "Uddin", "Begum", "Alam", "Khatun", "Miah", "Sarkar"},
                new String[][] {{"Jessore District Police", "POLICE"}, {"Special Public Prosecutor's Office, Jessore",
                    "SPECIAL_PUBLIC_PROSECUTOR"}, {"Satkhira District Police", "POLICE"}, {"Department of Social Services, Khulna",
                    "SOCIAL_WORKER"}, {"Border Guard Bangladesh, Benapole", "BORDER_OFFICIAL"},
                    {"Anti-Human Trafficking Offence Tribunal, Jessore", "JUDGE"}},
                "Jessore");
        Cohort th = new Cohort("TH", new String[] {"Somchai", "Suda", "Anan", "Malee", "Prasert", "Nok", "Wichai", "Ploy"},
                new String[] {"Srisuk", "Chaiyasit", "Boonmee", "Wongsa", "Kaewmanee", "Thongdee"},
                new String[][] {{"Royal Thai Police, Anti-Trafficking Division", "POLICE"}, {"Office of the Attorney General",
                    "PROSECUTOR"}, {"Ministry of Social Development and Human Security", "SOCIAL_WORKER"}},
                "Bangkok");
        Cohort ro = new Cohort("RO", new String[] {"Andrei", "Elena", "Mihai", "Ioana", "Ștefan", "Ana", "Radu", "Maria"},
                new String[] {"Popescu", "Ionescu", "Dumitrescu", "Stan", "Gheorghe", "Matei"},
                new String[][] {{"Poliția Română, DCCO", "POLICE"}, {"DIICOT", "PROSECUTOR"},
                    {"DGASPC București", "SOCIAL_WORKER"}},
                "Bucharest");

        LocalDate spring2021 = LocalDate.of(2021, 3, 1);
        LocalDate spring2020 = LocalDate.of(2020, 3, 1);
        // March–August 2021: 544 / 324 / 92 distinct professionals who completed.
        train(uk, courses, spring2021, 0, 544);
        train(uk, courses, spring2021.plusDays(100), 0, 60); // a second course for 60 of them: still 544
        notCompleted(uk, courses[0], spring2021.plusDays(20), 2000, 20);
        train(bd, courses, spring2021, 0, 324);
        train(th, courses, spring2021, 0, 92);
        // March–August 2020: 700 across the direct programmes; UK's 400–543 come back in 2021.
        train(uk, courses, spring2020, 400, 380);
        train(bd, courses, spring2020, 300, 250);
        train(ro, courses, spring2020, 0, 70);
    }

    /** People {@code from}..{@code from + count - 1} of a cohort, in sessions of thirty through the period. */
    private void train(Cohort cohort, String[] courses, LocalDate periodStart, int from, int count) {
        if (programmes.byCode(cohort.programme()).isEmpty()) {
            return;
        }
        for (int first = 0, session = 0; first < count; first += PER_SESSION, session++) {
            String course = cohort.programme().equals("BD") && session % 3 == 1 ? courses[2] : courses[session % 2 == 0 ? 0 : 1];
            LocalDate day = periodStart.plusDays(Math.min(180, session * 9L));
            long id = training.createSession(new NewSession(cohort.programme(), course, day, day.plusDays(1),
                    cohort.place(), false, "Liberta training team", null, null, null)).id();
            for (int p = from + first; p < from + Math.min(count, first + PER_SESSION); p++) {
                attendees.add(id, attendee(cohort, p, true));
            }
        }
    }

    private void notCompleted(Cohort cohort, String course, LocalDate day, int from, int count) {
        long id = training.createSession(new NewSession(cohort.programme(), course, day, day, cohort.place(), false,
                "Liberta training team", null, null, null)).id();
        for (int p = from; p < from + count; p++) {
            attendees.add(id, attendee(cohort, p, false));
        }
    }

    private static NewAttendee attendee(Cohort cohort, int person, boolean completed) {
        String[] organisation = cohort.organisation(person);
        Integer pre = person % 10 == 0 ? null : 35 + (person * 7) % 35; // a few sat only the post-test
        Integer post = completed ? Math.min(100, (pre == null ? 55 : pre) + 5 + (person * 11) % 30) : null;
        return new NewAttendee(cohort.name(person), organisation[0], organisation[1], null, null, null, null, completed,
                pre, post, pre == null ? null : 50 + person % 20, post == null ? null : 60 + person % 25, null, null);
    }
}
