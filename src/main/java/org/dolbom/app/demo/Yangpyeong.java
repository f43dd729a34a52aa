package org.dolbom.app.demo;

import java.util.List;

/**
 * The demo township: 양평군's 12 읍면 with some of their 리, and the name stock the demo residents are drawn from.
 * This is data about a real place, not interface text, so it stays in Korean whatever the UI language.
 */
final class Yangpyeong {

    static final String PROVINCE_AND_COUNTY = "경기도 양평군";
    static final String OFFICE_CODE = "4183025000";
    static final String OFFICE_NAME = "양평군 양평읍 맞춤형복지팀";

    /**
     * One 읍면, its 리, its main road, and how many residents it has relative to the others (양평읍 and 용문면
     * are the towns; the eastern 면 are small).
     */
    record Township(String name, String mainRoad, int weight, List<String> villages) {
    }

    static final List<Township> TOWNSHIPS = List.of(
            new Township("양평읍", "양근로", 22, List.of("양근리", "오빈리", "원덕리", "회현리", "백안리", "도곡리",
                    "대흥리", "공흥리", "창대리", "신애리")),
            new Township("강상면", "강상로", 8, List.of("교평리", "대석리", "병산리", "세월리", "송학리", "신화리",
                    "화양리")),
            new Township("강하면", "강하로", 6, List.of("동오리", "성덕리", "왕창리", "운심리", "전수리", "항금리")),
            new Township("양서면", "양수로", 11, List.of("양수리", "용담리", "목왕리", "대심리", "복포리", "부용리",
                    "신원리", "증동리", "청계리")),
            new Township("옥천면", "옥천로", 6, List.of("옥천리", "아신리", "용천리", "신복리")),
            new Township("서종면", "서종로", 7, List.of("문호리", "서후리", "수능리", "명달리", "정배리", "노문리",
                    "도장리", "수입리")),
            new Township("단월면", "단월로", 4, List.of("보룡리", "봉상리", "부안리", "산음리", "석산리", "덕수리",
                    "명성리", "향소리")),
            new Township("청운면", "청운로", 4, List.of("용두리", "가현리", "갈운리", "다대리", "도원리", "비룡리",
                    "삼성리", "신론리", "여물리")),
            new Township("양동면", "양동로", 5, List.of("쌍학리", "매월리", "삼산리", "석곡리", "단석리", "금왕리",
                    "계정리", "고송리")),
            new Township("지평면", "지평로", 6, List.of("지평리", "곡수리", "대평리", "무왕리", "송현리", "수곡리",
                    "옥현리", "일신리", "월산리")),
            new Township("용문면", "용문로", 14, List.of("다문리", "광탄리", "마룡리", "삼성리", "연수리", "오촌리",
                    "중원리", "화전리", "신점리", "덕촌리")),
            new Township("개군면", "개군로", 5, List.of("공세리", "구미리", "내리", "부리", "상자포리", "석장리",
                    "하자포리", "향리", "계전리", "앙덕리")));

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

    /** The usual small-road name derived from a 리: 양근리 → 양근길, 내리 → 내리길. */
    static String villageRoad(String village) {
        String stem = village.endsWith("리") && village.length() > 2 ? village.substring(0, village.length() - 1)
                : village;
        return stem + "길";
    }
}
