package org.dolbom.app.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.Household;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.Office;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.Vulnerability;

/**
 * Realistic, deterministic demo data for the 양평군 양평읍 welfare team and the 12 리 it looks after: the same seed and day give the same residents in
 * the same order. Nothing here touches the store; {@link DemoData} writes what this produces.
 *
 * <p>Households are produced one at a time so that a hundred thousand residents never sit in memory at once.
 * The generator is single use: call {@link #households} once.
 */
public final class DemoGenerator {

    /** Everyone's emergency numbers and home lines look like 양평's: 031-77x-xxxx. */
    private static final String LOCAL_PREFIX = "03177";
    private static final int INTAKE_WINDOW_DAYS = 3 * 365;
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Random random;
    private final LocalDate today;
    private final List<DemoArea> areas;
    private final int[] areaWeights;
    private boolean used;

    public DemoGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.areas = buildAreas();
        this.areaWeights = buildWeights();
    }

    /** The office a file gets when it has none yet. */
    public static Office office() {
        return new Office(Yangpyeong.OFFICE_CODE, Yangpyeong.OFFICE_NAME);
    }

    /**
     * A team leader, three social workers and two visiting nurses. Visits per day count phone check-ins as well as
     * home visits: most of the caseload is called every few months, a few are seen every week.
     */
    public List<Staff> staff() {
        return List.of(
                new Staff(null, "윤미경", StaffRole.TEAM_LEADER, PhoneNumber.parse("031-770-3101"), true, 3),
                new Staff(null, "김지현", StaffRole.SOCIAL_WORKER, PhoneNumber.parse("031-770-3102"), true, 11),
                new Staff(null, "이승훈", StaffRole.SOCIAL_WORKER, PhoneNumber.parse("031-770-3103"), true, 11),
                new Staff(null, "최은영", StaffRole.SOCIAL_WORKER, PhoneNumber.parse("031-770-3104"), true, 11),
                new Staff(null, "정혜진", StaffRole.VISITING_NURSE, PhoneNumber.parse("031-770-3105"), true, 9),
                new Staff(null, "한수정", StaffRole.VISITING_NURSE, PhoneNumber.parse("031-770-3106"), true, 9));
    }

    /** The 12 리 of 양평읍, each looked after by one of the team. */
    public List<DemoArea> areas() {
        return areas;
    }

    private static List<DemoArea> buildAreas() {
        return Yangpyeong.VILLAGES.stream()
                .map(v -> new DemoArea(new Area(null, Yangpyeong.TOWNSHIP, v.name(), AreaKind.RI, null),
                        v.staffIndex()))
                .toList();
    }

    private static int[] buildWeights() {
        return Yangpyeong.VILLAGES.stream().mapToInt(Yangpyeong.Village::weight).toArray();
    }

    /**
     * Produces households until exactly {@code residents} residents have been handed to the sink.
     * The first resident is always 김민수, whom the manual and the tests look for.
     */
    public void households(int residents, Consumer<DemoHousehold> sink) {
        if (used) {
            throw new IllegalStateException("a demo generator produces its households once");
        }
        used = true;
        int made = 0;
        while (made < residents) {
            DemoHousehold household = nextHousehold(residents - made, made == 0);
            made += household.members().size();
            sink.accept(household);
        }
    }

    private DemoHousehold nextHousehold(int remaining, boolean first) {
        int areaIndex = first ? 0 : weightedArea();
        Yangpyeong.Village village = Yangpyeong.VILLAGES.get(areaIndex);
        Household household = new Household(null, null, roadAddress(village), addressDetail(village), null);
        PhoneNumber homePhone = chance(25) ? new PhoneNumber(LOCAL_PREFIX + random.nextInt(6) + digits(4)) : null;

        List<DemoResident> members = new ArrayList<>();
        int roll = random.nextInt(100);
        if (!first && remaining >= 2 && roll < 16) {
            int husbandAge = 68 + (random.nextInt(25) + random.nextInt(25)) / 2;
            int wifeAge = Math.max(65, husbandAge - random.nextInt(7));
            members.add(resident(Sex.M, husbandAge, LivingSituation.ELDERLY_COUPLE, household, homePhone, false));
            members.add(resident(Sex.F, wifeAge, LivingSituation.ELDERLY_COUPLE, household, homePhone, false));
        } else if (first) {
            members.add(resident(Sex.M, 78, LivingSituation.ALONE, household, homePhone, true));
        } else {
            boolean younger = chance(14);
            Sex sex = younger ? (chance(58) ? Sex.M : Sex.F) : (chance(40) ? Sex.M : Sex.F);
            int age = younger ? 30 + random.nextInt(35) : elderlyAge(sex);
            LivingSituation situation = roll < 62 ? LivingSituation.ALONE
                    : roll < 86 ? LivingSituation.WITH_FAMILY
                    : roll < 95 && !younger ? LivingSituation.GRANDPARENT_GRANDCHILD
                    : LivingSituation.OTHER;
            members.add(resident(sex, age, situation, household, homePhone, false));
        }
        return new DemoHousehold(areaIndex, household, members);
    }

    private DemoResident resident(Sex sex, int age, LivingSituation situation, Household household,
                                  PhoneNumber homePhone, boolean kimMinsu) {
        boolean younger = age < 65;
        String name = kimMinsu ? "김민수" : pick(Yangpyeong.SURNAMES) + givenName(sex, younger);
        LocalDate birthDate = today.minusYears(age).minusDays(1 + random.nextInt(364));
        PhoneNumber mobile = kimMinsu || chance(younger ? 95 : 84) ? mobilePhone() : null;
        Set<Vulnerability> vulnerabilities = vulnerabilities(age, situation);
        LocalDate intake = today.minusDays(random.nextInt(INTAKE_WINDOW_DAYS));

        ResidentStatus status = ResidentStatus.ACTIVE;
        ClosureReason reason = null;
        String statusNote = null;
        LocalDate statusDate = null;
        // Three years of intakes: by now some have died, moved away or no longer need the team.
        int fate = kimMinsu ? 100 : random.nextInt(100);
        if (fate < 10) {
            status = ResidentStatus.DECEASED;
            reason = ClosureReason.DEATH;
        } else if (fate < 14) {
            status = ResidentStatus.TRANSFERRED;
            reason = ClosureReason.MOVED;
            statusNote = "자녀 거주지(" + pick(List.of("서울", "수원", "성남", "남양주", "여주")) + ")로 전출";
        } else if (fate < 35) {
            status = ResidentStatus.CLOSED;
            reason = pick(List.of(ClosureReason.ADMISSION, ClosureReason.NO_LONGER_NEEDED, ClosureReason.REFUSAL));
            statusNote = switch (reason) {
                case ADMISSION -> pick(List.of("요양원 입소", "요양병원 입원"));
                case REFUSAL -> "본인이 서비스 중단 요청";
                default -> "건강 회복, 자녀와 합가";
            };
        }
        if (status != ResidentStatus.ACTIVE) {
            long days = ChronoUnit.DAYS.between(intake, today);
            statusDate = intake.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
        }

        RrnChange rrn = chance(33) ? new RrnChange.Set(rrn(birthDate, sex)) : RrnChange.keep();
        Resident resident = new Resident(null, null, name, birthDate, sex, null, mobile, homePhone,
                household.roadAddress(), household.addressDetail(), null, null, null, situation, vulnerabilities,
                risk(vulnerabilities, situation, age), status, reason, statusNote, statusDate, intake,
                chance(76) ? emergencyContact(name, sex) : null, chance(20) ? pick(Yangpyeong.NOTES) : null,
                consents(intake));
        return new DemoResident(resident, rrn);
    }

    /** 65 to 95, most around 80; women live longer, so some are pushed a few years older. */
    private int elderlyAge(Sex sex) {
        int age = 65 + (random.nextInt(31) + random.nextInt(31)) / 2;
        if (sex == Sex.F && chance(35)) {
            age = Math.min(97, age + 2 + random.nextInt(5));
        }
        return age;
    }

    private String givenName(Sex sex, boolean younger) {
        if (younger) {
            return pick(sex == Sex.M ? Yangpyeong.YOUNGER_MEN : Yangpyeong.YOUNGER_WOMEN);
        }
        return pick(sex == Sex.M ? Yangpyeong.OLDER_MEN : Yangpyeong.OLDER_WOMEN);
    }

    private Set<Vulnerability> vulnerabilities(int age, LivingSituation situation) {
        boolean younger = age < 65;
        Set<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
        if (chance(18)) {
            set.add(Vulnerability.BASIC_LIVELIHOOD);
        } else if (chance(14)) {
            set.add(Vulnerability.NEAR_POOR);
        }
        addIf(set, Vulnerability.CHRONIC_ILLNESS, younger ? 20 : 45);
        addIf(set, Vulnerability.DEMENTIA, younger ? 0 : age >= 75 ? 16 : 4);
        addIf(set, Vulnerability.DISABILITY, younger ? 55 : 8);
        addIf(set, Vulnerability.DISCHARGED_PATIENT, younger ? 30 : 6);
        addIf(set, Vulnerability.MENTAL_HEALTH, younger ? 25 : 3);
        addIf(set, Vulnerability.SOCIAL_ISOLATION, situation == LivingSituation.ALONE ? 35 : 5);
        if (younger && !set.contains(Vulnerability.DISABILITY) && !set.contains(Vulnerability.DISCHARGED_PATIENT)
                && !set.contains(Vulnerability.MENTAL_HEALTH)) {
            // Younger residents are on the list because of a disability or a hospital discharge.
            set.add(chance(60) ? Vulnerability.DISABILITY : Vulnerability.DISCHARGED_PATIENT);
        }
        return set;
    }

    private void addIf(Set<Vulnerability> set, Vulnerability vulnerability, int percent) {
        if (chance(percent)) {
            set.add(vulnerability);
        }
    }

    private RiskLevel risk(Set<Vulnerability> vulnerabilities, LivingSituation situation, int age) {
        int score = vulnerabilities.size() + (situation == LivingSituation.ALONE ? 1 : 0) + (age >= 85 ? 1 : 0)
                + (chance(10) ? 1 : 0);
        if (score <= 1) {
            return RiskLevel.LOW;
        }
        if (score <= 3) {
            return RiskLevel.MEDIUM;
        }
        return score == 4 ? RiskLevel.HIGH : RiskLevel.CRISIS;
    }

    /** Collection/use is almost always signed at intake; third-party provision is sometimes declined. */
    private List<Consent> consents(LocalDate intake) {
        if (chance(4)) {
            return List.of();
        }
        LocalDate signed = intake.plusDays(random.nextInt(8));
        if (signed.isAfter(today)) {
            signed = today;
        }
        return List.of(
                new Consent(null, ConsentKind.COLLECTION_USE, true, signed, null),
                new Consent(null, ConsentKind.THIRD_PARTY, chance(86), signed, null));
    }

    private EmergencyContact emergencyContact(String residentName, Sex residentSex) {
        String relation = pick(Yangpyeong.RELATIONS);
        boolean man = switch (relation) {
            case "아들", "사위" -> true;
            case "딸", "며느리" -> false;
            default -> chance(50);
        };
        // A father's children carry his surname.
        boolean child = relation.equals("아들") || relation.equals("딸");
        String surname = child && residentSex == Sex.M ? residentName.substring(0, 1) : pick(Yangpyeong.SURNAMES);
        String name = surname + pick(man ? Yangpyeong.YOUNGER_MEN : Yangpyeong.YOUNGER_WOMEN);
        return new EmergencyContact(name, relation, mobilePhone());
    }

    /**
     * A valid RRN for this birth date and sex: the 7th digit says century and sex; the rest is random, since the
     * check digit is no longer issued.
     */
    private Rrn rrn(LocalDate birthDate, Sex sex) {
        int genderDigit = (birthDate.getYear() < 2000 ? 1 : 3) + (sex == Sex.F ? 1 : 0);
        return Rrn.parse(birthDate.format(YYMMDD) + "-" + genderDigit + digits(6));
    }

    private PhoneNumber mobilePhone() {
        return new PhoneNumber("010" + (2 + random.nextInt(8)) + digits(7));
    }

    /** 경기도 양평군 양평읍 양근로 65, or a small road named after the 리: 경기도 양평군 양평읍 오빈길 12-3. */
    private String roadAddress(Yangpyeong.Village village) {
        StringBuilder address = new StringBuilder(Yangpyeong.PROVINCE_AND_COUNTY).append(' ')
                .append(Yangpyeong.TOWNSHIP).append(' ');
        if (chance(40)) {
            address.append(pick(village.roads())).append(' ').append(1 + random.nextInt(240));
        } else {
            address.append(Yangpyeong.villageRoad(village.name())).append(' ').append(1 + random.nextInt(120));
            if (chance(22)) {
                address.append('-').append(1 + random.nextInt(12));
            }
        }
        return address.toString();
    }

    /** The town centre has apartment blocks; the outer 리 are houses. */
    private String addressDetail(Yangpyeong.Village village) {
        int percent = village.weight() >= 10 ? 25 : 6;
        if (chance(percent)) {
            return (101 + random.nextInt(8)) + "동 " + (1 + random.nextInt(15)) + "0" + (1 + random.nextInt(4)) + "호";
        }
        return null;
    }

    private int weightedArea() {
        int total = 0;
        for (int w : areaWeights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < areaWeights.length; i++) {
            roll -= areaWeights[i];
            if (roll < 0) {
                return i;
            }
        }
        return areaWeights.length - 1;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
