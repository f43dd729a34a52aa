package org.dolbom.app.demo;

import java.util.List;

/**
 * The demo township: 양평군 양평읍, its 12 리, the roads of its addresses, and the name stock the demo residents are
 * drawn from. This is data about a real place, not interface text, so it stays in Korean whatever the UI language.
 */
final class Yangpyeong {

    static final String PROVINCE_AND_COUNTY = "경기도 양평군";
    static final String TOWNSHIP = "양평읍";
    static final String OFFICE_CODE = "4183025000";
    static final String OFFICE_NAME = "양평군 양평읍 맞춤형복지팀";

    /**
     * One 리 of 양평읍, who looks after it (an index into the team, see {@link DemoGenerator#staff()}), how many
     * households it has relative to the others (양근리 is the town centre), and the larger roads that pass it; the rest of its
     * addresses are on the small roads named after the 리 (양근리 → 양근길).
     */
    record Village(String name, int staffIndex, int weight, List<String> roads) {
    }

    /**
     * The 12 법정리 of 양평읍. Each person's 리 add up to about their share of the team's visits per day, so the
     * weekly planner can place everyone; the team leader keeps the small 봉성리 herself besides the plan checks.
     */
    static final List<Village> VILLAGES = List.of(
            new Village("양근리", 1, 21, List.of("양근로", "시민로", "중앙로", "역전길", "군청앞길")),
            new Village("공흥리", 2, 12, List.of("마유산로", "양근로")),
            new Village("덕평리", 2, 4, List.of("경강로")),
            new Village("신애리", 2, 4, List.of("경강로")),
            new Village("오빈리", 3, 10, List.of("경강로")),
            new Village("창대리", 3, 10, List.of("경강로", "양근로")),
            new Village("회현리", 4, 8, List.of("양근로", "시민로")),
            new Village("백안리", 4, 8, List.of("마유산로")),
            new Village("대흥리", 5, 7, List.of("물안개공원길", "양근로")),
            new Village("도곡리", 5, 6, List.of("경강로")),
            new Village("원덕리", 5, 4, List.of("경강로")),
            new Village("봉성리", 0, 6, List.of("경강로")));

    /** Surnames with rough weights from the census; 리, 류, 임, 림 and 노 are here so 두음 search has something. */
    static final List<String> SURNAMES = List.of(
            "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김", "김",
            "이", "이", "이", "이", "이", "이", "이", "이", "이", "이", "이", "이", "이", "이",
            "박", "박", "박", "박", "박", "박", "박", "박",
            "최", "최", "최", "최", "정", "정", "정", "정", "강", "강", "조", "조", "윤", "윤", "장", "장",
            "임", "임", "한", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍",
            "유", "고", "문", "양", "손", "배", "백", "허", "노", "남", "심", "하", "곽", "성", "차", "주",
            "우", "구", "민", "나", "진", "리", "림");

    static final List<String> OLDER_WOMEN = List.of(
            "순자", "영자", "정자", "옥자", "말순", "영숙", "정순", "옥순", "순희", "영희", "정희", "춘자", "복순",
            "금순", "분이", "점순", "명자", "숙자", "경자", "순옥", "영순", "정숙", "봉순", "귀순", "옥희", "미자",
            "순이", "길순", "막례", "필순", "연희", "말자", "후남", "을순", "간난", "차순", "금자", "상희");

    static final List<String> OLDER_MEN = List.of(
            "영수", "영철", "정수", "성수", "상철", "영호", "재호", "병철", "종수", "만수", "광수", "철수", "동수",
            "영길", "춘식", "복남", "용석", "학수", "병수", "태식", "원식", "봉수", "창수", "진수", "재철", "정식",
            "상원", "민수", "기철", "문식", "덕수", "한식", "종철", "석규");

    static final List<String> YOUNGER_WOMEN = List.of(
            "지영", "미영", "은정", "수진", "혜진", "지은", "은영", "민정", "선영", "현주", "수연", "미경", "정미",
            "경희", "윤희");

    static final List<String> YOUNGER_MEN = List.of(
            "민수", "성민", "지훈", "동현", "현우", "준호", "성호", "재민", "승현", "정우", "상민", "영훈", "태호",
            "경수", "진우");

    /** Who a resident's emergency contact is, most often a child (a spouse is usually on the list too). */
    static final List<String> RELATIONS = List.of(
            "아들", "아들", "아들", "딸", "딸", "딸", "며느리", "사위", "조카", "동생", "이웃", "이장");

    /** Short working notes a team would keep; data, not interface text. */
    static final List<String> NOTES = List.of(
            "청력 저하로 크게 말씀드려야 함", "방문 전 전화 필요 (낮에는 밭일)", "개가 있어 대문 앞에서 연락",
            "자녀 서울 거주, 월 1회 방문", "주 2회 도시락 배달 중", "겨울철 난방비 지원 연계",
            "복약 관리 필요 (고혈압, 당뇨)", "보건진료소 정기 방문", "마을회관에 자주 계심", "경로당 이용",
            "낙상 이력 있음", "치매안심센터 등록");

    private Yangpyeong() {
    }

    /** The usual small-road name derived from a 리: 양근리 → 양근길. */
    static String villageRoad(String village) {
        String stem = village.endsWith("리") && village.length() > 2 ? village.substring(0, village.length() - 1)
                : village;
        return stem + "길";
    }
}
