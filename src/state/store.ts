import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createNetworkSlice, type NetworkSlice } from './networkSlice';
import { createNoticeSlice, type NoticeSlice } from './noticeSlice';
import { createStepperSlice, type StepperSlice } from './stepperSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = NetworkSlice & UiSlice & StepperSlice & NoticeSlice;

type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;
const slice = <T>(creator: StateCreator<never, [], [], T>) => creator as unknown as Slice<T>;

/** One store for the 2x2 network shared by sections 1–7; figures read it through selectors. */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...a) => ({
    ...slice(createNetworkSlice)(...a),
    ...slice(createUiSlice)(...a),
    ...slice(createStepperSlice)(...a),
    ...slice(createNoticeSlice)(...a),
  })),
);

export type AppStore = typeof useAppStore;
