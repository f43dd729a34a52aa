package org.dolbom.domain;

/** 개인정보 수집·이용 동의 and 제3자 제공 동의. */
public enum ConsentKind {
    COLLECTION_USE, THIRD_PARTY
}
