package org.dolbom.app.demo;

import java.util.List;
import java.util.Map;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.NeedDomain;

/**
 * What a township team writes in its case notes, for the demo residents. Data, not interface text: it stays in
 * Korean whatever the UI language, as a real team's records would.
 */
final class Notes {

    static final List<String> INTAKE = List.of(
            "초기상담. 생활 실태와 건강 상태 확인, 개인정보 수집·이용 동의서 작성.",
            "이장님 의뢰로 첫 방문. 혼자 지내시며 식사를 자주 거르신다고 함. 욕구조사 일정 안내.",
            "퇴원 후 연계 의뢰로 방문. 거동이 불편하여 집안일이 어렵다고 하심.",
            "자녀 요청으로 초기상담. 기억력 저하 걱정, 치매안심센터 검사 안내.");

    static final List<String> HOME = List.of(
            "안부 확인. 건강 상태 양호하고 식사 잘 하고 계심.",
            "무릎 통증 호소하여 보건소 물리치료 안내함.",
            "겨울철 난방비 걱정 말씀하셔서 에너지바우처 신청 안내.",
            "도시락 잘 받고 계심. 반찬이 짜다고 하셔서 복지관에 전달.",
            "집 안 정리 상태 양호. 약 봉투 확인, 복약 잘 하고 계심.",
            "외로움 호소. 마을밥카페와 경로당 프로그램 참여 권유.",
            "화장실 문턱이 높아 낙상 위험. 안전손잡이 설치 검토 필요.",
            "자녀가 지난주 다녀갔다고 기뻐하심. 특이사항 없음.",
            "보일러 고장으로 방이 차가움. 집수리 지원 가능 여부 확인 예정.",
            "텃밭 일 하시다 허리 통증. 무리하지 않도록 말씀드림.",
            "냉장고에 음식이 거의 없음. 밑반찬 지원 늘리는 것 검토.",
            "최근 잠을 잘 못 주무신다고 하심. 정신건강복지센터 상담 안내.");

    static final List<String> PHONE = List.of(
            "전화 안부 확인. 특이사항 없음.",
            "전화 통화. 감기 기운 있어 다음 주 방문 약속.",
            "전화로 병원 예약일 안내하고 동행 여부 확인.",
            "전화 통화. 도시락 배달 시간 변경 요청하셔서 복지관에 전달.",
            "AI 스피커 응답이 없어 전화드림. 외출 중이셨음, 이상 없음.",
            "전화 안부. 목소리 밝으시고 식사 잘 하신다고 함.");

    static final List<String> OFFICE = List.of(
            "행정복지센터 내방. 기초연금 관련 문의, 담당 부서 연결.",
            "내방 상담. 난방비 지원 신청서 작성 도와드림.",
            "내방. 병원비 부담 호소, 긴급지원 가능 여부 검토.");

    static final List<String> ACCOMPANIMENT = List.of(
            "양평병원 정기 진료 동행. 혈압약 처방 변경 없음.",
            "내과 진료 동행. 다음 진료 한 달 뒤 예약.",
            "안과 진료 동행. 백내장 수술 상담, 자녀와 상의하기로 함.");

    static final List<String> OUTREACH = List.of(
            "경로당 건강교실에서 만남. 혈압 측정, 특이사항 없음.",
            "마을회관 찾아가는 상담에서 만남. 복지 서비스 안내.",
            "의료버스 방문일에 만남. 진료 받으시도록 안내.");

    static final List<String> NURSE = List.of(
            "혈압·혈당 측정. 복약 순응 양호.",
            "건강 상태 확인. 수치 안정적, 운동과 수분 섭취 교육.",
            "혈압 측정 후 저염식 교육. 부종 없음.",
            "당뇨발 관리 교육, 발 상태 양호.",
            "복약 확인, 약 보관 상태 정리해 드림.");

    static final List<String> NURSE_ABNORMAL = List.of(
            "혈압 높게 측정됨. 10분 휴식 후 재측정해도 높아 다음 주 재측정, 보건소 진료 권유.",
            "혈당 높게 측정됨. 식사 내용 확인, 간식 줄이도록 교육. 병원 진료 안내.",
            "수치 평소와 다름. 어지러움 여부 확인, 자녀에게 연락하여 상황 공유.");

    static final List<String> ABSENT_HOME = List.of(
            "방문했으나 부재. 이웃 말로는 밭일 나가심. 메모 남김.",
            "부재. 전화도 받지 않아 내일 다시 연락 예정.",
            "부재. 이장님께 확인하니 자녀 집에 가셨다고 함.");

    static final List<String> ABSENT_PHONE = List.of(
            "전화 받지 않음. 오후에 다시 연락 예정.",
            "통화 연결 안 됨. 문자 남김.");

    static final List<String> REFUSED = List.of(
            "방문 거부. 괜찮다고 하시며 다음에 오라고 하심.",
            "상담 거부. 기분이 좋지 않으시다고 함, 자녀에게 상황 공유.",
            "통화 중 상담 원치 않으심. 다음 주 다시 연락하기로 함.");

    static final List<String> FOLLOW_UPS = List.of(
            "보건소 물리치료 연계 결과 확인", "병원 진료 결과 확인", "에너지바우처 신청 여부 확인",
            "안전손잡이 설치 일정 확인", "혈압 재측정", "자녀와 통화하여 돌봄 계획 상의",
            "집수리 업체 방문 일정 확인", "긴급지원 결정 결과 안내");

    static final List<String> CHECK_RESULTS = List.of(
            "계획대로 진행, 서비스 유지", "목표 일부 달성, 서비스 유지", "건강 악화로 방문 주기 조정 검토",
            "도시락 배달 횟수 조정 필요", "서비스 만족도 높음, 유지");

    static final List<String> CHECK_NOTES = List.of(
            "자녀와 통화하여 점검 결과 공유", "제공기관과 사례회의 진행", "다음 점검 때 욕구 재조사 예정");

    static final String REPLAN_REASON = "욕구 변화로 계획 재수립";

    static final Map<NeedDomain, List<String>> NEED = Map.of(
            NeedDomain.HEALTH_ADL, List.of("고혈압·당뇨 약 복용 중", "퇴원 후 회복 중, 거동 불편", "관절염으로 통증 잦음"),
            NeedDomain.MEALS, List.of("식사를 자주 거름", "혼자 조리 어려움", "치아 문제로 식사 불편"),
            NeedDomain.HOUSEWORK, List.of("청소·빨래 어려움", "집 안 정리 안 됨"),
            NeedDomain.MOBILITY, List.of("보행 보조기 사용", "병원 다니기 어려움", "버스 정류장까지 멀어 외출 힘듦"),
            NeedDomain.SAFETY, List.of("혼자 계실 때 낙상 우려", "가스불 끄는 것 자주 잊음"),
            NeedDomain.HOUSING, List.of("난방 고장, 단열 취약", "화장실이 바깥에 있음"),
            NeedDomain.RESPITE, List.of("돌보는 배우자 부담 큼", "가족 돌봄 공백 있음"),
            NeedDomain.ECONOMY, List.of("기초연금 외 소득 없음", "병원비 부담"),
            NeedDomain.ISOLATION, List.of("외부 교류 거의 없음", "우울감 호소"));

    static final Map<NeedDomain, String> DOMAIN_WORDS = Map.of(
            NeedDomain.HEALTH_ADL, "건강관리", NeedDomain.MEALS, "식사", NeedDomain.HOUSEWORK, "가사",
            NeedDomain.MOBILITY, "이동·동행", NeedDomain.SAFETY, "안전", NeedDomain.HOUSING, "주거",
            NeedDomain.RESPITE, "돌봄 가족 휴식", NeedDomain.ECONOMY, "경제", NeedDomain.ISOLATION, "정서·관계");

    static final Map<NeedDomain, String> GOALS = Map.of(
            NeedDomain.HEALTH_ADL, "규칙적인 복약과 건강 관리로 만성질환 악화 예방",
            NeedDomain.MEALS, "하루 두 끼 이상 규칙적인 식사",
            NeedDomain.HOUSEWORK, "청결한 주거 환경 유지",
            NeedDomain.MOBILITY, "정기 진료를 빠짐없이 받기",
            NeedDomain.SAFETY, "혼자서도 안전하게 생활하고 위급 시 빠르게 연락",
            NeedDomain.HOUSING, "겨울을 따뜻하게 날 수 있는 주거 환경",
            NeedDomain.RESPITE, "돌보는 가족의 휴식 보장",
            NeedDomain.ECONOMY, "받을 수 있는 급여와 지원 빠짐없이 신청",
            NeedDomain.ISOLATION, "주 1회 이상 이웃과 교류");

    /** Which catalogue services answer a need domain; economy is handled by benefits, not services. */
    static final Map<NeedDomain, List<String>> SERVICES_FOR = Map.of(
            NeedDomain.HEALTH_ADL, List.of("HE-01", "HE-01", "HE-03", "HE-04", "HE-02"),
            NeedDomain.MEALS, List.of("ML-01", "ML-02", "ML-03"),
            NeedDomain.HOUSEWORK, List.of("HW-01", "HW-02"),
            NeedDomain.MOBILITY, List.of("AC-01", "AC-01", "AC-02"),
            NeedDomain.SAFETY, List.of("SF-01", "SF-02", "SF-03"),
            NeedDomain.HOUSING, List.of("HS-01", "HS-02"),
            NeedDomain.RESPITE, List.of("RS-01", "RS-02"),
            NeedDomain.ISOLATION, List.of("SF-01", "ML-03"));

    private Notes() {
    }

    static String endReason(ClosureReason reason) {
        if (reason == null) {
            return "지원 종료";
        }
        return switch (reason) {
            case DEATH -> "사망으로 지원 종료";
            case MOVED -> "관외 전출로 지원 종료";
            case ADMISSION -> "시설 입소로 지원 종료";
            case REFUSAL -> "본인 요청으로 지원 종료";
            case NO_LONGER_NEEDED -> "욕구 해소로 지원 종료";
            default -> "지원 종료";
        };
    }
}
