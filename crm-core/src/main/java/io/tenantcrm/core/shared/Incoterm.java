package io.tenantcrm.core.shared;

/** Trade terms (Incoterms 2020): who pays freight and insurance, and where the risk passes to the buyer. */
public enum Incoterm {
    EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP
}
