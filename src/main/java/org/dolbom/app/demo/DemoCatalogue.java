package org.dolbom.app.demo;

import java.util.List;

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.ServiceEntry;

/**
 * The demo township's service catalogue (the 7 care domains of 돌봄통합지원) and the local institutions that
 * deliver it. Data about a place, not interface text, so it stays in Korean whatever the UI language.
 */
final class DemoCatalogue {

    static final String HEALTH_CENTER = "양평군보건소";
    static final String SENIOR_WELFARE = "양평군노인복지관";
    static final String HOME_CARE = "양평재가노인복지센터";
    static final String HOSPITAL = "양평병원";
    static final String SELF_SUFFICIENCY = "양평지역자활센터";
    static final String DEMENTIA_CENTER = "양평군치매안심센터";

    static final String VISITING_NURSE = "HE-01";
    static final String CHRONIC_CARE = "HE-03";
    static final String HOSPITAL_ESCORT = "AC-01";

    /**
     * One catalogue service and how it is usually planned here.
     *
     * @param provider the institution that delivers it, one of {@link #providers()}
     * @param method   how it reaches the resident, as the plan form says it
     * @param quantity how much, as the team writes it
     */
    record Offer(String code, String name, CareDomain domain, String provider, String method, String quantity) {

        ServiceEntry entry() {
            return new ServiceEntry(null, code, name, domain, false);
        }
    }

    static final List<Offer> OFFERS = List.of(
            new Offer("HW-01", "가사지원", CareDomain.HOUSEWORK, HOME_CARE, "방문", "주 2회"),
            new Offer("HW-02", "청소·세탁", CareDomain.HOUSEWORK, SELF_SUFFICIENCY, "방문", "월 2회"),
            new Offer("ML-01", "도시락 배달", CareDomain.MEALS, SENIOR_WELFARE, "배달", "주 3회"),
            new Offer("ML-02", "밑반찬 지원", CareDomain.MEALS, SELF_SUFFICIENCY, "배달", "주 1회"),
            new Offer("ML-03", "마을밥카페", CareDomain.MEALS, SENIOR_WELFARE, "이용", "주 2회"),
            new Offer("AC-01", "병원 동행", CareDomain.ACCOMPANIMENT, HOME_CARE, "동행", "월 1회"),
            new Offer("AC-02", "장보기 동행", CareDomain.ACCOMPANIMENT, HOME_CARE, "동행", "월 2회"),
            new Offer("HE-01", "방문간호", CareDomain.HEALTH, HEALTH_CENTER, "방문", "월 2회"),
            new Offer("HE-02", "방문구강", CareDomain.HEALTH, HEALTH_CENTER, "방문", "분기 1회"),
            new Offer("HE-03", "만성질환 관리", CareDomain.HEALTH, HOSPITAL, "내소·방문", "월 1회"),
            new Offer("HE-04", "투약 관리", CareDomain.HEALTH, HEALTH_CENTER, "방문·전화", "주 1회"),
            new Offer("SF-01", "안부 확인(AI 스피커/전화)", CareDomain.SAFETY, SENIOR_WELFARE, "AI 스피커·전화", "매일"),
            new Offer("SF-02", "응급안전안심서비스", CareDomain.SAFETY, SENIOR_WELFARE, "장비 설치", "상시"),
            new Offer("SF-03", "낙상 예방 환경 개선", CareDomain.SAFETY, SELF_SUFFICIENCY, "설치", "1회"),
            new Offer("HS-01", "주거환경 개선", CareDomain.HOUSING, SELF_SUFFICIENCY, "공사", "1회"),
            new Offer("HS-02", "집수리", CareDomain.HOUSING, SELF_SUFFICIENCY, "공사", "1회"),
            new Offer("RS-01", "단기보호", CareDomain.RESPITE, HOME_CARE, "이용", "월 5일 이내"),
            new Offer("RS-02", "주야간보호 연계", CareDomain.RESPITE, DEMENTIA_CENTER, "연계", "주 5일"));

    private DemoCatalogue() {
    }

    static List<Provider> providers() {
        return List.of(
                new Provider(null, HEALTH_CENTER, ProviderKind.PUBLIC_HEALTH_CENTER, PhoneNumber.parse("031-770-3500")),
                new Provider(null, SENIOR_WELFARE, ProviderKind.SENIOR_CENTER, PhoneNumber.parse("031-775-8400")),
                new Provider(null, HOME_CARE, ProviderKind.HOME_CARE_CENTER, PhoneNumber.parse("031-773-2100")),
                new Provider(null, HOSPITAL, ProviderKind.HOSPITAL, PhoneNumber.parse("031-771-0100")),
                new Provider(null, SELF_SUFFICIENCY, ProviderKind.OTHER, PhoneNumber.parse("031-774-6200")),
                new Provider(null, DEMENTIA_CENTER, ProviderKind.PUBLIC_HEALTH_CENTER,
                        PhoneNumber.parse("031-770-3520")));
    }

    static Offer offer(String code) {
        return OFFERS.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }
}
